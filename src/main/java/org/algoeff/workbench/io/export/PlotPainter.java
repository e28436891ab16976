// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotCanvas.Anchor;

/**
 * Draws a {@link PlotSpec} onto any {@link PlotCanvas} in a fixed order: background, grid, band, fit,
 * overlays, series, annotations, axes, title, legend. Print colours (white background) for papers.
 */
public final class PlotPainter {
    static final String BACKGROUND = "#FFFFFF";
    static final String GRID = "#E3E3E3";
    static final String INK = "#222222";
    private static final double FONT = 12;
    /** Half width of an error bar's caps, in pixels. */
    private static final double CAP = 4;

    private PlotPainter() {
    }

    public static void paint(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        c.rect(0, 0, l.width(), l.height(), BACKGROUND, null, 1);
        grid(spec, l, c);
        c.beginClip(l.left(), l.top(), l.plotW(), l.plotH());
        for (FitLine fit : spec.fits()) {
            fit(spec, l, c, fit);
        }
        for (PlotOverlay o : spec.overlays()) {
            line(spec, l, c, o.points(), PlotPalette.overlay(o.colorIndex()), 1.6, 1, true);
        }
        for (PlotSeries s : spec.series()) {
            series(spec, l, c, s);
        }
        for (PlotAnnotation a : spec.annotations()) {
            double x = l.px(spec, a.x());
            double y = l.py(spec, a.y());
            c.marker(x, y, 5, BACKGROUND, INK, 1.5);
            c.text(x + 8, y - 6, a.text(), "", FONT - 1, Anchor.START, false, false);
        }
        c.endClip();
        axes(spec, l, c);
        if (!spec.title().isEmpty()) {
            c.text(l.width() / 2, 28, spec.title(), "", FONT + 4, Anchor.MIDDLE, true, false);
        }
        if (spec.showLegend()) {
            Legend.paint(spec, l, c);
        }
    }

    private static void grid(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.x())) {
            if (t.major()) {
                double x = l.px(spec, t.value());
                c.polyline(new double[] {x, x}, new double[] {l.top(), l.bottom()}, GRID, 1, 1, false);
            }
        }
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.y())) {
            if (t.major()) {
                double y = l.py(spec, t.value());
                c.polyline(new double[] {l.left(), l.right()}, new double[] {y, y}, GRID, 1, 1, false);
            }
        }
    }

    private static void fit(PlotSpec spec, PlotLayout l, PlotCanvas c, FitLine fit) {
        if (fit.hasBand()) {
            List<PlotPoint> ring = new ArrayList<>(fit.bandHigh());
            for (int i = fit.bandLow().size() - 1; i >= 0; i--) {
                ring.add(fit.bandLow().get(i));
            }
            double[][] xy = pixels(spec, l, ring);
            c.polygon(xy[0], xy[1], fit.color(), 0.18);
        }
        line(spec, l, c, fit.line(), fit.color(), 2.2, 1, false);
    }

    private static void series(PlotSpec spec, PlotLayout l, PlotCanvas c, PlotSeries s) {
        String color = PlotPalette.series(s.colorIndex());
        if (s.line()) {
            line(spec, l, c, s.points(), color, s.faint() ? 1 : 1.8, s.faint() ? 0.3 : 1, false);
        }
        if (s.markers()) {
            // Error bars first, so every marker stays on top of every bar.
            for (PlotPoint p : s.points()) {
                if (p.hasErrorBar()) {
                    errorBar(spec, l, c, p, color);
                }
            }
            for (PlotPoint p : s.points()) {
                double x = l.px(spec, p.x());
                double y = l.py(spec, p.y());
                if (p.highlighted()) {
                    c.marker(x, y, 6, color, INK, 1.6);
                } else {
                    c.marker(x, y, 4, color, BACKGROUND, 1);
                }
            }
        }
    }

    /** A vertical bar from the point's low to its high value with short caps (the spread across seeds). */
    private static void errorBar(PlotSpec spec, PlotLayout l, PlotCanvas c, PlotPoint p, String color) {
        double x = l.px(spec, p.x());
        double lo = l.py(spec, p.yLow());
        double hi = l.py(spec, p.yHigh());
        c.polyline(new double[] {x, x}, new double[] {lo, hi}, color, 1.4, 1, false);
        c.polyline(new double[] {x - CAP, x + CAP}, new double[] {lo, lo}, color, 1.4, 1, false);
        c.polyline(new double[] {x - CAP, x + CAP}, new double[] {hi, hi}, color, 1.4, 1, false);
    }

    static void line(PlotSpec spec, PlotLayout l, PlotCanvas c, List<PlotPoint> pts, String color, double width,
                     double opacity, boolean dashed) {
        if (pts.size() < 2) {
            return;
        }
        double[][] xy = pixels(spec, l, pts);
        c.polyline(xy[0], xy[1], color, width, opacity, dashed);
    }

    private static double[][] pixels(PlotSpec spec, PlotLayout l, List<PlotPoint> pts) {
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = l.px(spec, pts.get(i).x());
            ys[i] = l.py(spec, pts.get(i).y());
        }
        return new double[][] {xs, ys};
    }

    private static void axes(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        c.rect(l.left(), l.top(), l.plotW(), l.plotH(), null, INK, 1);
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.x())) {
            double x = l.px(spec, t.value());
            double len = t.major() ? 6 : 3;
            c.polyline(new double[] {x, x}, new double[] {l.bottom(), l.bottom() + len}, INK, 1, 1, false);
            if (t.major() && !t.text().isEmpty()) {
                c.text(x, l.bottom() + 20, t.text(), t.superscript(), FONT, Anchor.MIDDLE, false, false);
            }
        }
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.y())) {
            double y = l.py(spec, t.value());
            double len = t.major() ? 6 : 3;
            c.polyline(new double[] {l.left() - len, l.left()}, new double[] {y, y}, INK, 1, 1, false);
            if (t.major() && !t.text().isEmpty()) {
                c.text(l.left() - 9, y + 4, t.text(), t.superscript(), FONT, Anchor.END, false, false);
            }
        }
        c.text(l.left() + l.plotW() / 2, l.height() - 14, spec.x().label(), "", FONT + 1, Anchor.MIDDLE, false,
                false);
        c.text(18, l.top() + l.plotH() / 2, spec.y().label(), "", FONT + 1, Anchor.MIDDLE, false, true);
    }
}
