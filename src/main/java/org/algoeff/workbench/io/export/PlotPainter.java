// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpan;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotCanvas.Anchor;

/**
 * Draws a {@link PlotSpec} as a figure ({@link FigureSettings}: size, font, legend, labels) onto any
 * {@link PlotCanvas} in a fixed order: background, grid, spans, band, fit, overlays, series, annotations, axes,
 * title, labels, legend. SVG, PNG and PDF all come from here, so they show the same figure. Print colours (white
 * background) for papers. Sizes are layout pixels at 12 px text and grow with the font.
 */
public final class PlotPainter {
    static final String BACKGROUND = "#FFFFFF";
    static final String GRID = "#E3E3E3";
    static final String INK = "#222222";
    /** Marker radii at 12 px text: a point, a frontier point, an annotation's diamond. */
    static final double MARKER_R = 4;
    static final double FRONTIER_R = 6;
    static final double ANNOTATION_R = 6;
    /** Half width of an error bar's caps, in pixels. */
    private static final double CAP = 4;

    private PlotPainter() {
    }

    /** The figure at the CLI's default settings, {@code width} x {@code height} pixels. */
    public static void paint(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        paint(spec, FigureSettings.DEFAULT.withSize(l.width(), l.height(), FigureSettings.LengthUnit.PX), c);
    }

    /** Paints {@code spec} as {@code fig} describes; returns the labels placed (for tests). */
    public static List<LabelLayout.Placed> paint(PlotSpec spec, FigureSettings fig, PlotCanvas c) {
        PlotSpec s = fig.apply(spec);
        LegendPlacement placement = LegendPlacement.choose(s, fig);
        PlotLayout l = placement.layout();
        c.rect(0, 0, l.width(), l.height(), BACKGROUND, null, 1);
        grid(s, l, c);
        c.beginClip(l.left(), l.top(), l.plotW(), l.plotH());
        for (PlotSpan span : s.spans()) {
            span(s, l, c, span);
        }
        for (FitLine fit : s.fits()) {
            fit(s, l, c, fit);
        }
        for (PlotOverlay o : s.overlays()) {
            line(s, l, c, o.points(), PlotPalette.overlay(o.colorIndex()), 1.6, 1, true);
        }
        for (PlotSeries series : s.series()) {
            series(s, l, c, series);
        }
        for (PlotAnnotation a : s.annotations()) {
            c.diamond(l.px(s, a.x()), l.py(s, a.y()), ANNOTATION_R * l.scale(), PlotPalette.MARK, INK, 1);
        }
        c.endClip();
        axes(s, l, c);
        title(s, l, c);
        List<LabelLayout.Placed> labels = PointLabels.place(s, l, fig.pointLabels(), placement.box());
        for (LabelLayout.Placed p : labels) {
            c.text(p.x(), p.baseline(), p.text(), "", p.request().size(), Anchor.START, false, false);
        }
        if (placement.legend() != null) {
            Legend.paint(placement.legend(), placement.box().x(), placement.box().y(), c);
        }
        return labels;
    }

    /** The title, centred, shrunk to fit the width. */
    private static void title(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        if (spec.title().isEmpty()) {
            return;
        }
        double size = l.font() * 16 / 12;
        double room = l.width() - 16 * l.scale();
        double w = TextMetrics.width(spec.title(), size, true);
        if (w > room) {
            size *= room / w;
        }
        c.text(l.width() / 2, 28 * l.scale(), spec.title(), "", size, Anchor.MIDDLE, true, false);
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

    /** A translucent band across the plot's height, with a dashed line at the span's own x. */
    private static void span(PlotSpec spec, PlotLayout l, PlotCanvas c, PlotSpan span) {
        double x0 = l.px(spec, span.from());
        double x1 = Math.max(l.px(spec, span.to()), x0 + 1);
        c.polygon(new double[] {x0, x1, x1, x0}, new double[] {l.top(), l.top(), l.bottom(), l.bottom()},
                PlotPalette.SPAN, 0.14);
        if (span.hasLine()) {
            double x = l.px(spec, span.at());
            c.polyline(new double[] {x, x}, new double[] {l.top(), l.bottom()}, PlotPalette.SPAN, 1.2, 0.8, true);
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
                    c.marker(x, y, FRONTIER_R * l.scale(), color, INK, 1.6);
                } else {
                    c.marker(x, y, MARKER_R * l.scale(), color, BACKGROUND, 1);
                }
            }
        }
    }

    /** A vertical bar from the point's low to its high value with short caps (the spread across seeds). */
    private static void errorBar(PlotSpec spec, PlotLayout l, PlotCanvas c, PlotPoint p, String color) {
        double x = l.px(spec, p.x());
        double lo = l.py(spec, p.yLow());
        double hi = l.py(spec, p.yHigh());
        double cap = CAP * l.scale();
        c.polyline(new double[] {x, x}, new double[] {lo, hi}, color, 1.4, 1, false);
        c.polyline(new double[] {x - cap, x + cap}, new double[] {lo, lo}, color, 1.4, 1, false);
        c.polyline(new double[] {x - cap, x + cap}, new double[] {hi, hi}, color, 1.4, 1, false);
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
        double f = l.scale();
        double font = l.font();
        c.rect(l.left(), l.top(), l.plotW(), l.plotH(), null, INK, 1);
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.x())) {
            double x = l.px(spec, t.value());
            double len = (t.major() ? 6 : 3) * f;
            c.polyline(new double[] {x, x}, new double[] {l.bottom(), l.bottom() + len}, INK, 1, 1, false);
            if (t.major() && !t.text().isEmpty()) {
                c.text(x, l.bottom() + 20 * f, t.text(), t.superscript(), font, Anchor.MIDDLE, false, false);
            }
        }
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.y())) {
            double y = l.py(spec, t.value());
            double len = (t.major() ? 6 : 3) * f;
            c.polyline(new double[] {l.left() - len, l.left()}, new double[] {y, y}, INK, 1, 1, false);
            if (t.major() && !t.text().isEmpty()) {
                c.text(l.left() - 9 * f, y + 4 * f, t.text(), t.superscript(), font, Anchor.END, false, false);
            }
        }
        double labelSize = font * 13 / 12;
        c.text(l.left() + l.plotW() / 2, l.height() - 14 * f - l.roomBelow(),
                fit(spec.x().label(), labelSize, l.width() - 8 * f), "", labelSize, Anchor.MIDDLE, false, false);
        c.text(18 * f, l.top() + l.plotH() / 2, fit(spec.y().label(), labelSize, l.height() - 8 * f), "", labelSize,
                Anchor.MIDDLE, false, true);
    }

    /** An axis title shortened with "..." to fit {@code room} pixels. */
    private static String fit(String text, double size, double room) {
        String s = text;
        while (s.length() > 4 && TextMetrics.width(s, size, false) > room) {
            s = s.substring(0, s.length() - 4) + "...";
        }
        return s;
    }
}
