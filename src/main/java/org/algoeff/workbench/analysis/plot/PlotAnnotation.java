// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Objects;

/**
 * A text note anchored at a data point, drawn with a small marker (e.g. a run's compute-to-target).
 *
 * @param x    anchor x in data units
 * @param y    anchor y in data units
 * @param text the note
 * @param shortText a shorter note for a figure with no room for {@code text} (empty: none)
 */
public record PlotAnnotation(double x, double y, String text, String shortText) {
    public PlotAnnotation {
        Objects.requireNonNull(text, "text");
        shortText = shortText == null ? "" : shortText;
    }

    public PlotAnnotation(double x, double y, String text) {
        this(x, y, text, "");
    }
}
