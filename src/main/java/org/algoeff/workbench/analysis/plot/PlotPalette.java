// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

/**
 * The series colours shared by screen, SVG and PNG (Okabe-Ito, readable by colour-blind readers and in print).
 * The CSS themes define the same values as {@code -series-N} so the window matches the exports.
 */
public final class PlotPalette {
    private static final String[] SERIES = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
    };
    private static final String[] OVERLAYS = {"#7F7F7F", "#B8860B", "#8B4513", "#4B0082"};
    /** Colour of the fitted line and (translucent) of its band. */
    public static final String FIT = "#C0392B";
    /** Run markers (compute-to-target points, curve crossings): a magenta that reads on light and dark backgrounds. */
    public static final String MARK = "#C2185B";
    /** Shaded spans across the plot (a break date's interval): a grey-violet that reads under any series colour. */
    public static final String SPAN = "#6A5ACD";

    private PlotPalette() {
    }

    /** Hex colour "#RRGGBB" of series {@code index} (wraps around). */
    public static String series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** Hex colour of overlay {@code index} (wraps around). */
    public static String overlay(int index) {
        return OVERLAYS[Math.floorMod(index, OVERLAYS.length)];
    }
}
