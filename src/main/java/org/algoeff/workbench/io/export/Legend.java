// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotCanvas.Anchor;

/** The legend box in the plot's top-right corner: one row per series, fit and overlay (faint series skipped). */
final class Legend {
    private static final double FONT = 11;
    private static final double ROW = 17;
    /** Text width estimate per character (the SVG viewer's font is unknown, so both writers use the same guess). */
    private static final double CHAR_WIDTH = 0.58;

    private Legend() {
    }

    private record Row(String text, String color, Kind kind) {
    }

    private enum Kind { MARKER, LINE, DASHED, BAND }

    static void paint(PlotSpec spec, PlotLayout l, PlotCanvas c) {
        List<Row> rows = rows(spec);
        if (rows.isEmpty()) {
            return;
        }
        double textW = rows.stream().mapToDouble(r -> r.text().length() * FONT * CHAR_WIDTH).max().orElse(0);
        double w = Math.min(textW + 40, l.plotW() - 16);
        double h = rows.size() * ROW + 8;
        double x = l.right() - w - 8;
        double y = l.top() + 8;
        c.rect(x, y, w, h, PlotPainter.BACKGROUND, "#BBBBBB", 0.92);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = y + 4 + ROW * i + ROW / 2;
            symbol(c, r, x + 8, cy);
            c.text(x + 32, cy + 4, r.text(), "", FONT, Anchor.START, false, false);
        }
    }

    private static void symbol(PlotCanvas c, Row r, double x, double cy) {
        switch (r.kind()) {
            case MARKER -> c.marker(x + 8, cy, 4, r.color(), PlotPainter.BACKGROUND, 1);
            case LINE -> c.polyline(new double[] {x, x + 18}, new double[] {cy, cy}, r.color(), 2, 1, false);
            case DASHED -> c.polyline(new double[] {x, x + 18}, new double[] {cy, cy}, r.color(), 1.6, 1, true);
            case BAND -> {
                c.rect(x, cy - 5, 18, 10, r.color(), null, 0.18);
                c.polyline(new double[] {x, x + 18}, new double[] {cy, cy}, r.color(), 2, 1, false);
            }
            default -> throw new IllegalStateException(r.kind().name());
        }
    }

    private static List<Row> rows(PlotSpec spec) {
        List<Row> rows = new ArrayList<>();
        for (PlotSeries s : spec.series()) {
            if (!s.faint()) {
                rows.add(new Row(s.name(), PlotPalette.series(s.colorIndex()), s.markers() ? Kind.MARKER : Kind.LINE));
            }
        }
        for (FitLine f : spec.fits()) {
            rows.add(new Row(f.hasBand() ? f.name() + " (95% band)" : f.name(), f.color(),
                    f.hasBand() ? Kind.BAND : Kind.LINE));
        }
        for (PlotOverlay o : spec.overlays()) {
            rows.add(new Row(o.name(), PlotPalette.overlay(o.colorIndex()), Kind.DASHED));
        }
        return rows;
    }
}
