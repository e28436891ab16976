// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.model.Interval;

/**
 * The "halving time vs target" chart: for each target with a fit, the halving time (log axis, months) with its 95%
 * interval as an error bar, one series per data set (your runs, a rerun batch). An interval that reaches infinity
 * runs off the top of the chart (no cap) and its hover text says so. Pure function of its input.
 */
public final class SensitivityChart {
    /** Relative padding of the target axis on each side. */
    private static final double X_PAD = 0.05;
    /** Where an unbounded interval's bar ends, as a multiple of the axis top: far enough to be clipped. */
    private static final double OFF_THE_TOP = 1e3;

    private SensitivityChart() {
    }

    /**
     * One line of the chart.
     *
     * @param name legend text
     * @param rows its targets' fits (those without a fit are left out)
     */
    public record Series(String name, List<TargetSensitivity.Row> rows) {
        public Series {
            Objects.requireNonNull(name, "name");
            rows = List.copyOf(rows);
        }
    }

    /** @param xLabel what the targets are, e.g. "target test_accuracy (>=)" */
    public static PlotSpec spec(String title, String xLabel, List<Series> series) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (TargetSensitivity.Row r : TargetSensitivity.fitted(s.rows())) {
                if (!Double.isFinite(r.fit().months())) {
                    continue;
                }
                xMin = Math.min(xMin, r.target());
                xMax = Math.max(xMax, r.target());
                for (double v : new double[] {r.fit().months(), r.ci95Months().low(), r.ci95Months().high()}) {
                    if (Double.isFinite(v) && v > 0) {
                        yMin = Math.min(yMin, v);
                        yMax = Math.max(yMax, v);
                    }
                }
            }
        }
        if (!(xMax >= xMin) || !(yMax >= yMin)) {
            xMin = 0;
            xMax = 1;
            yMin = 1;
            yMax = 100;
        }
        double pad = xMax > xMin ? (xMax - xMin) * X_PAD : Math.max(Math.abs(xMin) * X_PAD, 0.01);
        PlotAxis x = new PlotAxis(xLabel, PlotAxis.AxisKind.NUMBER, false, xMin - pad, xMax + pad);
        double[] decades = AxisTicks.decadeBounds(yMin, yMax);
        PlotAxis y = new PlotAxis("halving time (months)", PlotAxis.AxisKind.NUMBER, true, decades[0], decades[1]);
        List<PlotSeries> drawn = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            drawn.add(new PlotSeries(series.get(i).name(), i, true, true, false, points(series.get(i), y.max())));
        }
        return new PlotSpec(title, x, y, drawn, List.of(), List.of(), List.of(), true);
    }

    private static List<PlotPoint> points(Series s, double top) {
        List<PlotPoint> out = new ArrayList<>();
        for (TargetSensitivity.Row r : TargetSensitivity.fitted(s.rows())) {
            double months = r.fit().months();
            if (!Double.isFinite(months)) {
                continue;
            }
            Interval ci = r.ci95Months();
            boolean bar = Double.isFinite(ci.low());
            // An interval reaching infinity runs off the top of the chart: its bar is clipped there, with no cap.
            double high = Double.isFinite(ci.high()) ? ci.high() : top * OFF_THE_TOP;
            String label = RunsTrendService.formatTarget(r.target()) + " | " + TrendReadout.headline(r.fit())
                    + (bar ? String.format(Locale.ROOT, " | %s %s-%s", r.ci95Name(), TrendReadout.months(ci.low()),
                    TrendReadout.months(ci.high())) : "") + " | " + r.points() + " points | " + s.name();
            out.add(bar ? new PlotPoint(r.target(), months, label, false, Math.min(ci.low(), months),
                    Math.max(high, months)) : new PlotPoint(r.target(), months, label, false));
        }
        return out;
    }
}
