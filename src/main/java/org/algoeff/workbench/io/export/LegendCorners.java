// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Which inside corner of a plot a legend covers the least data in: the one rule for the exports
 * ({@link LegendPlacement}) and the window's chart legend. Data are points, annotations, and fit, overlay and curve
 * lines sampled every few pixels; ties go top right, top left, bottom right, bottom left.
 */
public final class LegendCorners {
    /** Pixels between samples when a line is checked for passing under a legend corner. */
    private static final double SAMPLE_PX = 3;
    private static final List<LegendPosition> ORDER = List.of(LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
            LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT);

    private LegendCorners() {
    }

    /**
     * The corner chosen.
     *
     * @param corner  which corner
     * @param box     where the legend goes
     * @param covered how many data pixels it covers (0: none)
     */
    public record Choice(LegendPosition corner, LabelLayout.Rect box, int covered) {
    }

    /** The corner of {@code l}'s plot area where a {@code w} x {@code h} legend covers the fewest data. */
    public static Choice best(PlotSpec spec, PlotLayout l, double w, double h) {
        List<double[]> data = dataPixels(spec, l);
        Choice best = null;
        for (LegendPosition p : ORDER) {
            LabelLayout.Rect r = corner(l, w, h, p);
            int n = covered(r, data, 4 * l.scale());
            if (best == null || n < best.covered()) {
                best = new Choice(p, r, n);
            }
        }
        return best;
    }

    /** The legend box of {@code w} x {@code h} in corner {@code p} of the plot area, 8 pixels in (at 12 px text). */
    public static LabelLayout.Rect corner(PlotLayout l, double w, double h, LegendPosition p) {
        double m = 8 * l.scale();
        boolean leftSide = p == LegendPosition.TOP_LEFT || p == LegendPosition.BOTTOM_LEFT;
        boolean topSide = p == LegendPosition.TOP_LEFT || p == LegendPosition.TOP_RIGHT;
        double x = leftSide ? l.left() + m : l.right() - w - m;
        double y = topSide ? l.top() + m : l.bottom() - h - m;
        return new LabelLayout.Rect(x, y, w, h);
    }

    private static int covered(LabelLayout.Rect r, List<double[]> pts, double margin) {
        LabelLayout.Rect grown = new LabelLayout.Rect(r.x() - margin, r.y() - margin, r.w() + 2 * margin,
                r.h() + 2 * margin);
        int n = 0;
        for (double[] p : pts) {
            if (grown.contains(p[0], p[1])) {
                n++;
            }
        }
        return n;
    }

    /** Pixel positions of everything drawn as data: points, annotations, and lines sampled every few pixels. */
    public static List<double[]> dataPixels(PlotSpec spec, PlotLayout l) {
        List<double[]> out = new ArrayList<>();
        for (PlotSeries s : spec.series()) {
            if (s.line()) {
                sampled(spec, l, s.points(), out);
            } else {
                s.points().forEach(p -> out.add(new double[] {l.px(spec, p.x()), l.py(spec, p.y())}));
            }
        }
        for (FitLine fit : spec.fits()) {
            sampled(spec, l, fit.line(), out);
        }
        for (PlotOverlay o : spec.overlays()) {
            sampled(spec, l, o.points(), out);
        }
        for (PlotAnnotation a : spec.annotations()) {
            out.add(new double[] {l.px(spec, a.x()), l.py(spec, a.y())});
        }
        return out;
    }

    private static void sampled(PlotSpec spec, PlotLayout l, List<PlotPoint> pts, List<double[]> out) {
        for (int i = 0; i < pts.size(); i++) {
            double x1 = l.px(spec, pts.get(i).x());
            double y1 = l.py(spec, pts.get(i).y());
            if (!Double.isFinite(x1) || !Double.isFinite(y1)) {
                continue;
            }
            if (i > 0) {
                double x0 = l.px(spec, pts.get(i - 1).x());
                double y0 = l.py(spec, pts.get(i - 1).y());
                int steps = Double.isFinite(x0) && Double.isFinite(y0)
                        ? (int) Math.min(2000, Math.hypot(x1 - x0, y1 - y0) / SAMPLE_PX) : 0;
                for (int k = 1; k < steps; k++) {
                    double t = k / (double) steps;
                    out.add(new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t});
                }
            }
            out.add(new double[] {x1, y1});
        }
    }
}
