// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Writes a {@link PlotSpec} as true vector SVG 1.1: every point, line, band, tick label (log decades as 10 with a
 * {@code tspan} superscript), title and legend is an element, so it scales without blur and edits in Inkscape.
 * The document's size is the figure's, in its own unit (width="16cm"); coordinates are layout pixels (viewBox)
 * with two decimals; text is UTF-8.
 */
public final class SvgPlotWriter {
    private SvgPlotWriter() {
    }

    /** The SVG document for {@code spec} at {@code width} x {@code height} pixels. */
    public static String toSvg(PlotSpec spec, int width, int height) {
        return toSvg(spec, FigureSettings.DEFAULT.withSize(width, height, FigureSettings.LengthUnit.PX));
    }

    /** The SVG document for {@code spec} laid out as {@code fig}. */
    public static String toSvg(PlotSpec spec, FigureSettings fig) {
        SvgCanvas canvas = new SvgCanvas();
        PlotPainter.paint(spec, fig, canvas);
        String unit = fig.unit() == FigureSettings.LengthUnit.PX ? "" : fig.unit().suffix();
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                + "width=\"%s%s\" height=\"%s%s\" viewBox=\"0 0 %s %s\" "
                + "font-family=\"Helvetica, Arial, Liberation Sans, Nimbus Sans, DejaVu Sans, sans-serif\">\n", num(fig.width()), unit,
                num(fig.height()), unit, num(fig.widthPx()), num(fig.heightPx())));
        out.append("<title>").append(SvgCanvas.escape(fig.apply(spec).title())).append("</title>\n");
        out.append(canvas.body());
        out.append("</svg>\n");
        return out.toString();
    }

    private static String num(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", v)).stripTrailingZeros().toPlainString();
    }

    public static void write(PlotSpec spec, int width, int height, Writer out) throws IOException {
        out.write(toSvg(spec, width, height));
    }

    public static void write(PlotSpec spec, int width, int height, Path file) throws IOException {
        Files.writeString(file, toSvg(spec, width, height), StandardCharsets.UTF_8);
    }

    public static void write(PlotSpec spec, FigureSettings fig, Path file) throws IOException {
        Files.writeString(file, toSvg(spec, fig), StandardCharsets.UTF_8);
    }
}
