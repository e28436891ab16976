// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Objects;

/**
 * A text note anchored at a data point, drawn with a small marker (e.g. a run's compute-to-target).
 *
 * @param x    anchor x in data units
 * @param y    anchor y in data units
 * @param text the note
 */
public record PlotAnnotation(double x, double y, String text) {
    public PlotAnnotation {
        Objects.requireNonNull(text, "text");
    }
}
