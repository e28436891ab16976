// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Lays out the figure around its legend: inside a corner (for {@link LegendPosition#AUTO} the corner that covers
 * no data, else outside right, or below when the entries are too wide for the side), outside right, below, or none.
 *
 * @param layout the plot area
 * @param legend the measured legend, or null when none is drawn
 * @param box    where the legend goes, or null
 * @param where  the position taken (never AUTO)
 */
record LegendPlacement(PlotLayout layout, Legend.Box legend, LabelLayout.Rect box, LegendPosition where) {
    /** An outside-right legend may take at most this share of the figure's width. */
    private static final double MAX_SIDE_SHARE = 0.38;
    /** Pixels between samples when a line is checked for passing under a legend corner. */
    private static final double SAMPLE_PX = 3;

    static LegendPlacement choose(PlotSpec spec, FigureSettings fig) {
        double font = fig.fontPx();
        double w = fig.widthPx();
        double h = fig.heightPx();
        List<Legend.Row> rows = spec.showLegend() ? Legend.rows(spec) : List.of();
        LegendPosition want = fig.legend();
        if (rows.isEmpty() || want == LegendPosition.NONE) {
            return new LegendPlacement(PlotLayout.of(spec, w, h, font, 0, 0), null, null, LegendPosition.NONE);
        }
        if (want == LegendPosition.RIGHT) {
            return right(spec, rows, w, h, font);
        }
        if (want == LegendPosition.BELOW) {
            return below(spec, rows, w, h, font);
        }
        PlotLayout inside = PlotLayout.of(spec, w, h, font, 0, 0);
        double f = inside.scale();
        Legend.Box box = Legend.measure(rows, font, inside.plotW() * 0.7, false);
        if (want.inside()) {
            return new LegendPlacement(inside, box, corner(inside, box, want), want);
        }
        if (box.w() <= inside.plotW() - 16 * f && box.h() <= inside.plotH() - 16 * f) {
            List<double[]> data = dataPixels(spec, inside);
            LegendPosition best = null;
            int fewest = Integer.MAX_VALUE;
            for (LegendPosition p : List.of(LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
                    LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT)) {
                int n = covered(corner(inside, box, p), data, 4 * f);
                if (n < fewest) {
                    fewest = n;
                    best = p;
                }
            }
            if (fewest == 0) {
                return new LegendPlacement(inside, box, corner(inside, box, best), best);
            }
        }
        LegendPlacement side = right(spec, rows, w, h, font);
        return side.legend().w() <= w * MAX_SIDE_SHARE ? side : below(spec, rows, w, h, font);
    }

    private static LegendPlacement right(PlotSpec spec, List<Legend.Row> rows, double w, double h, double font) {
        double f = font / 12;
        Legend.Box box = Legend.measure(rows, font, w * MAX_SIDE_SHARE, false);
        PlotLayout l = PlotLayout.of(spec, w, h, font, box.w() + 4 * f, 0);
        return new LegendPlacement(l, box, new LabelLayout.Rect(l.right() + 12 * f, l.top(), box.w(), box.h()),
                LegendPosition.RIGHT);
    }

    private static LegendPlacement below(PlotSpec spec, List<Legend.Row> rows, double w, double h, double font) {
        double f = font / 12;
        Legend.Box box = Legend.measure(rows, font, w - 24 * f, true);
        PlotLayout l = PlotLayout.of(spec, w, h, font, 0, box.h() + 6 * f);
        return new LegendPlacement(l, box, new LabelLayout.Rect((w - box.w()) / 2, h - box.h() - 6 * f, box.w(),
                box.h()), LegendPosition.BELOW);
    }

    private static LabelLayout.Rect corner(PlotLayout l, Legend.Box box, LegendPosition p) {
        double m = 8 * l.scale();
        boolean leftSide = p == LegendPosition.TOP_LEFT || p == LegendPosition.BOTTOM_LEFT;
        boolean topSide = p == LegendPosition.TOP_LEFT || p == LegendPosition.TOP_RIGHT;
        double x = leftSide ? l.left() + m : l.right() - box.w() - m;
        double y = topSide ? l.top() + m : l.bottom() - box.h() - m;
        return new LabelLayout.Rect(x, y, box.w(), box.h());
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
    static List<double[]> dataPixels(PlotSpec spec, PlotLayout l) {
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
