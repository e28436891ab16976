// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

/**
 * A fitted trend line sampled along x, with the lower and upper edge of its 95% confidence band
 * at the same x values (band lists may be empty when no band is known).
 *
 * @param name      legend text, e.g. "fit: halves every 15.8 months"
 * @param line      fitted values
 * @param bandLow   lower 95% edge, same x as {@code line}
 * @param bandHigh  upper 95% edge, same x as {@code line}
 * @param colorIndex series colour of the group the line fits ({@link PlotPalette#series}), or {@link #FIT_COLOR}
 *                   for the fit colour (a single fit)
 */
public record FitLine(String name, List<PlotPoint> line, List<PlotPoint> bandLow, List<PlotPoint> bandHigh,
                      int colorIndex) {
    /** {@link #colorIndex} of a line drawn in {@link PlotPalette#FIT}. */
    public static final int FIT_COLOR = -1;

    public FitLine {
        Objects.requireNonNull(name, "name");
        line = List.copyOf(line);
        bandLow = List.copyOf(bandLow);
        bandHigh = List.copyOf(bandHigh);
        if (bandLow.size() != bandHigh.size()) {
            throw new IllegalArgumentException("band edges differ in length");
        }
    }

    /** A line in the fit colour. */
    public FitLine(String name, List<PlotPoint> line, List<PlotPoint> bandLow, List<PlotPoint> bandHigh) {
        this(name, line, bandLow, bandHigh, FIT_COLOR);
    }

    /** Hex colour of the line and (translucent) of its band. */
    public String color() {
        return colorIndex == FIT_COLOR ? PlotPalette.FIT : PlotPalette.series(colorIndex);
    }

    public boolean hasBand() {
        return !bandLow.isEmpty();
    }
}
