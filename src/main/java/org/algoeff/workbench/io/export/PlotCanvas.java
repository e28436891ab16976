// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

/**
 * The drawing operations {@link PlotPainter} needs, in pixel coordinates (origin top left, y down).
 * Implementations write SVG elements, paint a java.awt image, or draw PDF vector paths, so all exports lay out alike.
 * Colours are "#RRGGBB"; opacity is 0..1.
 */
public interface PlotCanvas {
    /** Horizontal placement of text relative to its x. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double w, double h, String fill, String stroke, double opacity);

    void polyline(double[] xs, double[] ys, String color, double width, double opacity, boolean dashed);

    void polygon(double[] xs, double[] ys, String fill, double opacity);

    void marker(double x, double y, double radius, String fill, String stroke, double strokeWidth);

    /** A diamond (a square on its corner) of half-diagonal {@code radius}: an annotation's marker. */
    void diamond(double x, double y, double radius, String fill, String stroke, double strokeWidth);

    /**
     * Text with its baseline at y; {@code superscript} (may be empty) is drawn raised and smaller after it.
     * {@code vertical} rotates it 90 degrees counter-clockwise about (x, y).
     */
    void text(double x, double y, String text, String superscript, double size, Anchor anchor, boolean bold,
              boolean vertical);

    /** Clips what follows to the rectangle until {@link #endClip()}. */
    void beginClip(double x, double y, double w, double h);

    void endClip();
}
