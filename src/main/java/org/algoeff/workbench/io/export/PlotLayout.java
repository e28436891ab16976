// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Where the plot area sits in a picture of the given size (pixels), and the data-to-pixel mapping.
 *
 * @param width  picture width in pixels
 * @param height picture height in pixels
 * @param left   x of the plot area's left edge
 * @param top    y of the plot area's top edge
 * @param plotW  plot area width
 * @param plotH  plot area height
 */
public record PlotLayout(double width, double height, double left, double top, double plotW, double plotH) {
    private static final double MARGIN_LEFT = 84;
    private static final double MARGIN_RIGHT = 24;
    private static final double MARGIN_TOP_TITLE = 44;
    private static final double MARGIN_TOP_PLAIN = 16;
    private static final double MARGIN_BOTTOM = 58;

    /** Standard margins: room for the title, y tick labels such as 10^26, and the x axis title. */
    public static PlotLayout of(PlotSpec spec, double width, double height) {
        double top = spec.title().isEmpty() ? MARGIN_TOP_PLAIN : MARGIN_TOP_TITLE;
        double plotW = Math.max(10, width - MARGIN_LEFT - MARGIN_RIGHT);
        double plotH = Math.max(10, height - top - MARGIN_BOTTOM);
        return new PlotLayout(width, height, MARGIN_LEFT, top, plotW, plotH);
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
}
