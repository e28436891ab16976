// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpan;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotCanvas.Anchor;

/**
 * The legend: one entry per drawn thing (series with its own marker or line, a series' frontier points, fits with
 * their band, overlays, spans, the annotations' markers; faint raw curves left out), measured as one column or, under
 * the plot, as rows that wrap. Where it goes is {@link LegendPlacement}'s choice.
 */
public final class Legend {
    private Legend() {
    }

    /**
     * One entry: text and how its symbol is drawn.
     *
     * @param text  the entry's text
     * @param color "#RRGGBB"
     * @param kind  its symbol
     */
    public record Row(String text, String color, Kind kind) {
    }

    /** The symbol of an entry, drawn as in the plot. */
    public enum Kind { MARKER, FRONTIER, ANNOTATION, LINE, DASHED, BAND, SPAN }

    /**
     * A measured legend: its size and each entry's offset from its top-left corner.
     *
     * @param rows entries
     * @param w    width
     * @param h    height
     * @param at   per entry {dx, dy of the entry's vertical middle}
     * @param font entry font size
     */
    record Box(List<Row> rows, double w, double h, List<double[]> at, double font) {
    }

    /** The entries of {@code spec}'s legend, in drawing order (the window's legend shows the same). */
    public static List<Row> rows(PlotSpec spec) {
        List<Row> rows = new ArrayList<>();
        for (PlotSeries s : spec.series()) {
            if (s.faint()) {
                continue;
            }
            String color = PlotPalette.series(s.colorIndex());
            boolean plain = s.points().stream().anyMatch(p -> !p.highlighted());
            if (!s.markers() || plain) {
                rows.add(new Row(s.name(), color, s.markers() ? Kind.MARKER : Kind.LINE));
            }
            if (s.markers() && s.points().stream().anyMatch(PlotPoint::highlighted)) {
                rows.add(new Row(s.name() + " (frontier)", color, Kind.FRONTIER));
            }
        }
        for (FitLine f : spec.fits()) {
            rows.add(new Row(f.hasBand() ? f.name() + " (95% band)" : f.name(), f.color(),
                    f.hasBand() ? Kind.BAND : Kind.LINE));
        }
        for (PlotOverlay o : spec.overlays()) {
            rows.add(new Row(o.name(), PlotPalette.overlay(o.colorIndex()), Kind.DASHED));
        }
        for (PlotSpan span : spec.spans()) {
            rows.add(new Row(span.name(), PlotPalette.SPAN, Kind.SPAN));
        }
        if (!spec.annotations().isEmpty()) {
            rows.add(new Row(spec.annotationName(), PlotPalette.MARK, Kind.ANNOTATION));
        }
        return rows;
    }

    /**
     * The legend measured at base font {@code font}; entries wrap into rows no wider than {@code maxW} when
     * {@code flow}, else stack in one column (texts longer than {@code maxW} allows are shortened with "...").
     */
    static Box measure(List<Row> rows, double font, double maxW, boolean flow) {
        double f = font / 12;
        double size = font * 11 / 12;
        double rowH = 17 * f;
        double pad = 8 * f;
        double textAt = 32 * f;
        List<Row> fitted = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        double maxText = Math.max(20 * f, maxW - textAt - pad);
        double w = 0;
        double x = pad;
        double y = 4 * f + rowH / 2;
        for (Row r : rows) {
            Row row = new Row(shorten(r.text(), size, maxText), r.color(), r.kind());
            double entryW = textAt - pad + TextMetrics.width(row.text(), size, false);
            if (flow && x > pad && x + entryW + pad > maxW) {
                x = pad;
                y += rowH;
            }
            fitted.add(row);
            at.add(new double[] {x, y});
            w = Math.max(w, x + entryW + pad);
            if (flow) {
                x += entryW + 14 * f;
            } else {
                y += rowH;
            }
        }
        double h = (flow ? y + rowH / 2 : y - rowH / 2) + 4 * f;
        return new Box(fitted, w, h, at, size);
    }

    private static String shorten(String text, double size, double maxW) {
        if (TextMetrics.width(text, size, false) <= maxW) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && TextMetrics.width(s + "...", size, false) > maxW) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "...";
    }

    /** Draws {@code box} with its top-left corner at (x, y). */
    static void paint(Box box, double x, double y, PlotCanvas c) {
        c.rect(x, y, box.w(), box.h(), PlotPainter.BACKGROUND, "#BBBBBB", 0.92);
        double f = box.font() / 11;
        for (int i = 0; i < box.rows().size(); i++) {
            Row r = box.rows().get(i);
            double sx = x + box.at().get(i)[0];
            double cy = y + box.at().get(i)[1];
            symbol(c, r, sx, cy, f);
            c.text(sx + 24 * f, cy + box.font() * 0.36, r.text(), "", box.font(), Anchor.START, false, false);
        }
    }

    private static void symbol(PlotCanvas c, Row r, double x, double cy, double f) {
        double[] xs = {x, x + 18 * f};
        double[] ys = {cy, cy};
        switch (r.kind()) {
            case MARKER -> c.marker(x + 9 * f, cy, PlotPainter.MARKER_R * f, r.color(), PlotPainter.BACKGROUND, 1);
            case FRONTIER -> c.marker(x + 9 * f, cy, PlotPainter.FRONTIER_R * f, r.color(), PlotPainter.INK, 1.6);
            case ANNOTATION -> c.diamond(x + 9 * f, cy, PlotPainter.ANNOTATION_R * f, r.color(), PlotPainter.INK, 1);
            case LINE -> c.polyline(xs, ys, r.color(), 2, 1, false);
            case DASHED -> c.polyline(xs, ys, r.color(), 1.6, 1, true);
            case BAND -> {
                c.rect(x, cy - 5 * f, 18 * f, 10 * f, r.color(), null, 0.18);
                c.polyline(xs, ys, r.color(), 2, 1, false);
            }
            case SPAN -> c.rect(x + 3 * f, cy - 6 * f, 12 * f, 12 * f, r.color(), null, 0.3);
            default -> throw new IllegalStateException(r.kind().name());
        }
    }
}
