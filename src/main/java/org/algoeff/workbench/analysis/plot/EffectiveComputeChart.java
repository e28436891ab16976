// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.EffectiveCompute;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.DecimalYear;

/**
 * The effective-compute chart: over the window, how many times more compute, how many times less compute for the
 * same result, and their product, each relative to the window's first day (1x), the fitted lines with their 95%
 * bootstrap bands. Pure function of its input.
 */
public final class EffectiveComputeChart {
    private static final int SAMPLES = 48;

    private EffectiveComputeChart() {
    }

    public static PlotSpec spec(EffectiveCompute.Result r) {
        double x0 = DecimalYear.of(r.request().from());
        double x1 = DecimalYear.of(r.request().to());
        EffectiveCompute.Samples s = r.samples();
        List<FitLine> lines = new ArrayList<>();
        lines.add(line("compute: " + TrendReadout.headline(r.computeFit()) + ", "
                + TrendReadout.factor(r.compute().value()), r.computeFit().slopeLog2PerYear(), s.compute(), 1, x0,
                x1, 0));
        lines.add(line("algorithms: " + TrendReadout.headline(r.efficiencyFit()) + ", "
                + TrendReadout.factor(r.algorithms().value()), r.efficiencyFit().slopeLog2PerYear(), s.efficiency(),
                -1, x0, x1, 1));
        lines.add(line("effective: " + TrendReadout.factor(r.effective().value()) + " over "
                + String.format(java.util.Locale.ROOT, "%.1f", r.request().years()) + " years",
                r.computeFit().slopeLog2PerYear() - r.efficiencyFit().slopeLog2PerYear(), s.effective(), 1, x0, x1,
                FitLine.FIT_COLOR));
        double lo = 1;
        double hi = 1;
        for (FitLine l : lines) {
            for (List<PlotPoint> pts : List.of(l.line(), l.bandLow(), l.bandHigh())) {
                for (PlotPoint p : pts) {
                    lo = Math.min(lo, p.y());
                    hi = Math.max(hi, p.y());
                }
            }
        }
        double[] decades = AxisTicks.decadeBounds(lo, hi);
        PlotAxis x = new PlotAxis("date", PlotAxis.AxisKind.YEAR, false, Math.floor(x0), Math.max(Math.ceil(x1),
                Math.floor(x0) + 1));
        PlotAxis y = new PlotAxis("factor since " + r.request().from() + " (x)", PlotAxis.AxisKind.NUMBER, true,
                decades[0], decades[1]);
        String title = "Effective compute, " + r.request().from() + " to " + r.request().to() + ": ~"
                + TrendReadout.factor(r.effective().value()) + (Double.isNaN(r.effective().ci95().low()) ? ""
                : " (95% CI " + TrendReadout.factor(r.effective().ci95().low()) + "-"
                + TrendReadout.factor(r.effective().ci95().high()) + ")");
        return new PlotSpec(title, x, y, List.of(), lines, List.of(), List.of(), true);
    }

    /** 2^(sign x slope x (t - x0)) along the window, its band from the slope samples' 2.5 and 97.5 percentiles. */
    private static FitLine line(String name, double slope, double[] sorted, int sign, double x0, double x1,
                                int colorIndex) {
        List<PlotPoint> line = new ArrayList<>();
        List<PlotPoint> low = new ArrayList<>();
        List<PlotPoint> high = new ArrayList<>();
        double qa = sorted.length == 0 ? Double.NaN : EffectiveCompute.Samples.percentile(sorted, 0.025);
        double qb = sorted.length == 0 ? Double.NaN : EffectiveCompute.Samples.percentile(sorted, 0.975);
        for (int i = 0; i < SAMPLES; i++) {
            double t = x0 + (x1 - x0) * i / (SAMPLES - 1);
            double dt = t - x0;
            line.add(new PlotPoint(t, Math.pow(2, sign * slope * dt)));
            if (sorted.length > 0) {
                double a = Math.pow(2, sign * qa * dt);
                double b = Math.pow(2, sign * qb * dt);
                low.add(new PlotPoint(t, Math.min(a, b)));
                high.add(new PlotPoint(t, Math.max(a, b)));
            }
        }
        return new FitLine(name, line, low, high, colorIndex);
    }
}
