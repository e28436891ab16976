// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Where the plot area sits in a figure of the given size (layout pixels, 1/96 inch), and the data-to-pixel mapping.
 * Margins grow with the font: room for the title, the widest y tick label, the axis titles, and an outside legend.
 *
 * @param width       figure width
 * @param height      figure height
 * @param left        x of the plot area's left edge
 * @param top         y of the plot area's top edge
 * @param plotW       plot area width
 * @param plotH       plot area height
 * @param font        base font size (tick labels)
 * @param roomBelow   height kept under the x axis title for a legend below the plot (0 for none)
 */
public record PlotLayout(double width, double height, double left, double top, double plotW, double plotH,
                         double font, double roomBelow) {
    /** The font every margin below was tuned for. */
    private static final double REFERENCE_FONT = 12;

    /** Standard margins for {@code spec} at 12 px text with no legend outside the plot. */
    public static PlotLayout of(PlotSpec spec, double width, double height) {
        return of(spec, width, height, REFERENCE_FONT, 0, 0);
    }

    /**
     * Margins for {@code spec} at base font size {@code font}, keeping {@code roomRight} to the right of the plot
     * and {@code roomBelow} under it for the legend.
     */
    public static PlotLayout of(PlotSpec spec, double width, double height, double font, double roomRight,
                                double roomBelow) {
        double f = font / REFERENCE_FONT;
        double tickW = 0;
        for (AxisTicks.Tick t : AxisTicks.ticks(spec.y())) {
            if (t.major()) {
                tickW = Math.max(tickW, TextMetrics.width(t.text(), font, false)
                        + TextMetrics.width(t.superscript(), font * 0.75, false));
            }
        }
        double left = 36 * f + tickW;
        double top = spec.title().isEmpty() ? 16 * f : 44 * f;
        double plotW = Math.max(10, width - left - 24 * f - roomRight);
        double plotH = Math.max(10, height - top - 58 * f - roomBelow);
        return new PlotLayout(width, height, left, top, plotW, plotH, font, roomBelow);
    }

    /** Multiplier of the reference margins and offsets (1 at 12 px text). */
    public double scale() {
        return font / REFERENCE_FONT;
    }

    public double px(PlotSpec spec, double x) {
        return left + spec.x().fraction(x) * plotW;
    }

    public double py(PlotSpec spec, double y) {
        return top + plotH - spec.y().fraction(y) * plotH;
    }

    public double bottom() {
        return top + plotH;
    }

    public double right() {
        return left + plotW;
    }

    /** The plot area as a rectangle. */
    public LabelLayout.Rect plotArea() {
        return new LabelLayout.Rect(left, top, plotW, plotH);
    }
}
