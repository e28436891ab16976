// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Writes a {@link PlotSpec} as true vector SVG 1.1: every point, line, band, tick label (log decades as 10 with a
 * {@code tspan} superscript), title and legend is an element, so it scales without blur and edits in Inkscape.
 * Coordinates are pixels with two decimals; text is UTF-8.
 */
public final class SvgPlotWriter {
    private SvgPlotWriter() {
    }

    /** The SVG document for {@code spec} at {@code width} x {@code height} pixels. */
    public static String toSvg(PlotSpec spec, int width, int height) {
        SvgCanvas canvas = new SvgCanvas();
        PlotPainter.paint(spec, PlotLayout.of(spec, width, height), canvas);
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n", width, height, width, height));
        out.append("<title>").append(SvgCanvas.escape(spec.title())).append("</title>\n");
        out.append(canvas.body());
        out.append("</svg>\n");
        return out.toString();
    }

    public static void write(PlotSpec spec, int width, int height, Writer out) throws IOException {
        out.write(toSvg(spec, width, height));
    }

    public static void write(PlotSpec spec, int width, int height, Path file) throws IOException {
        Files.writeString(file, toSvg(spec, width, height), StandardCharsets.UTF_8);
    }
}
