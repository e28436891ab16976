// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

/**
 * A reference line drawn dashed: a hardware trend (Moore's law) or a target value.
 *
 * @param name       legend text
 * @param colorIndex index into the overlay part of {@link PlotPalette}
 * @param points     the line's vertices in data units
 */
public record PlotOverlay(String name, int colorIndex, List<PlotPoint> points) {
    public PlotOverlay {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
