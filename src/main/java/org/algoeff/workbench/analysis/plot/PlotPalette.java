// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

/**
 * The series colours shared by screen, SVG and PNG: twelve that stay apart (CIE76 difference at least 26 between any
 * two) and read on the light and the dark chart (contrast at least 2 on white, 2.5 on the dark theme's chart). The
 * first six are Okabe-Ito's (readable by colour-blind readers and in print); Okabe-Ito's yellow and black are left
 * out (yellow vanishes on white, black on the dark theme); the other six were picked greedily from ColorBrewer and
 * Tableau colours for the largest distance to those before them and to the fit, mark and overlay colours. The CSS
 * themes define the first values as {@code -series-N} so the window matches the exports.
 */
public final class PlotPalette {
    private static final String[] SERIES = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#66A61E", "#AA7744", "#BCBD22", "#9467BD", "#76B7B2", "#FB8072",
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
