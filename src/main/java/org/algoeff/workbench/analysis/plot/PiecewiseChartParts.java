// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.PiecewiseFit;
import org.algoeff.workbench.analysis.PiecewiseReadout;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.TrendFit;

/**
 * A piecewise fit as chart elements: one line per segment with its pointwise 95% bootstrap band, and one shaded span
 * per break over its 95% interval (a dashed line at the break itself).
 */
public final class PiecewiseChartParts {
    private PiecewiseChartParts() {
    }

    /**
     * The segments' lines, named "PREFIX1950-2008: doubles every 23.3 months".
     *
     * @param prefix     legend prefix ("fit: ", "Domain=Vision: ")
     * @param colorIndex series colour, or {@link FitLine#FIT_COLOR}
     */
    public static List<FitLine> lines(PiecewiseFit fit, String prefix, int colorIndex) {
        List<FitLine> out = new ArrayList<>();
        for (int j = 0; j < fit.segments().size(); j++) {
            TrendFit segment = fit.segments().get(j);
            PiecewiseFit.SegmentBand band = fit.bands().get(j);
            List<PlotPoint> line = new ArrayList<>();
            List<PlotPoint> low = new ArrayList<>();
            List<PlotPoint> high = new ArrayList<>();
            for (int i = 0; i < band.years().size(); i++) {
                double x = band.years().get(i);
                line.add(new PlotPoint(x, band.fitted().get(i)));
                if (band.hasBand()) {
                    low.add(new PlotPoint(x, band.low().get(i)));
                    high.add(new PlotPoint(x, band.high().get(i)));
                }
            }
            String name = prefix + segment.from().getYear() + "-" + segment.to().getYear() + ": "
                    + TrendReadout.headline(segment);
            out.add(new FitLine(name, line, low, high, colorIndex));
        }
        return out;
    }

    /** One span per break: its 95% interval shaded (zero width without a bootstrap), a line at the break. */
    public static List<PlotSpan> spans(PiecewiseFit fit, String prefix) {
        List<PlotSpan> out = new ArrayList<>();
        for (PiecewiseFit.Breakpoint b : fit.breakpoints()) {
            boolean interval = Double.isFinite(b.ci95Years().low()) && Double.isFinite(b.ci95Years().high());
            double from = interval ? Math.min(b.ci95Years().low(), b.year()) : b.year();
            double to = interval ? Math.max(b.ci95Years().high(), b.year()) : b.year();
            out.add(new PlotSpan(prefix + "break " + PiecewiseReadout.breakText(b), from, to, b.year()));
        }
        return out;
    }
}
