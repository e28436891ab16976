// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import picocli.CommandLine.Option;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.FigureSettings.Length;
import org.algoeff.workbench.analysis.plot.FigureSettings.LengthUnit;

/**
 * The figure options of every command that draws a chart (the window's figure dialog has the same fields), turned
 * into the one {@link FigureSettings} record the renderers take. A size without unit is CSS pixels (1/96 inch).
 */
final class FigureOptions {
    @Option(names = "--width", paramLabel = "LEN", description = "figure width: 16cm, 6.5in, 170mm or pixels "
            + "(default: 960 pixels, or the command's own)")
    String width;

    @Option(names = "--height", paramLabel = "LEN", description = "figure height, same units (default: 540 pixels, "
            + "or the command's own)")
    String height;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution in dots per inch; 96 draws one pixel "
            + "per CSS pixel, 300 is print quality (default: 96)")
    Integer dpi;

    @Option(names = "--scale", paramLabel = "S", description = "PNG pixel scale instead of --dpi (2 = 192 dpi)")
    Double scale;

    @Option(names = "--font-size", paramLabel = "PT", description = "base font size in points (default: 9)")
    Double fontSize;

    @Option(names = "--title", paramLabel = "T", description = "chart title")
    String title;

    @Option(names = "--x-label", paramLabel = "T", description = "x axis title (default: the chart's own)")
    String xLabel;

    @Option(names = "--y-label", paramLabel = "T", description = "y axis title (default: the chart's own)")
    String yLabel;

    @Option(names = "--legend", paramLabel = "WHERE", description = "auto (an inside corner free of data, else "
            + "outside), top-left, top-right, bottom-left, bottom-right, right (outside), below, none (default: auto)")
    String legend;

    @Option(names = "--labels", description = "label each data point with its name")
    boolean labels;

    /** The settings asked for, starting from a {@code defaultW} x {@code defaultH} pixel figure. */
    FigureSettings toSettings(double defaultW, double defaultH) {
        FigureSettings d = FigureSettings.DEFAULT;
        Length w = width == null ? new Length(defaultW, LengthUnit.PX) : FigureSettings.parseLength(width);
        Length h = height == null ? new Length(defaultH, LengthUnit.PX) : FigureSettings.parseLength(height);
        LengthUnit unit = width != null ? w.unit() : h.unit();
        if (dpi != null && scale != null) {
            throw new IllegalArgumentException("give --dpi or --scale, not both");
        }
        if (scale != null && !(scale > 0 && scale <= 12.5)) {
            throw new IllegalArgumentException("--scale must be in (0, 12.5], was " + scale);
        }
        int resolution = dpi != null ? dpi : scale != null ? (int) Math.round(FigureSettings.PX_PER_INCH * scale)
                : d.dpi();
        return new FigureSettings(w.in(unit), h.in(unit), unit, resolution,
                fontSize == null ? d.fontSizePt() : fontSize, title, xLabel, yLabel,
                legend == null ? d.legend() : LegendPosition.of(legend), labels);
    }
}
