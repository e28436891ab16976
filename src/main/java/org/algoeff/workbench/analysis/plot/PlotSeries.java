// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

/**
 * A named set of points drawn in one colour.
 *
 * @param name       legend text
 * @param colorIndex index into the shared palette ({@link PlotPalette})
 * @param markers    draw a marker at each point
 * @param line       join the points with a line (training curves)
 * @param faint      drawn thin and translucent (the raw curve under a smoothed one); not in the legend
 * @param points     in drawing order
 */
public record PlotSeries(String name, int colorIndex, boolean markers, boolean line, boolean faint,
                         List<PlotPoint> points) {
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
