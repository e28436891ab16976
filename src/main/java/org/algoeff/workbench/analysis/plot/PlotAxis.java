// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Objects;

/**
 * One axis of a {@link PlotSpec}: label, scale and the visible range in data units.
 *
 * @param label axis title with unit, e.g. "compute to AlexNet-level (FLOP)"
 * @param kind  how tick labels read: plain numbers or calendar years (x values are decimal years)
 * @param log   base-10 logarithmic scale; then both bounds are positive
 * @param min   lower bound of the visible range, in data units
 * @param max   upper bound, greater than {@code min}
 */
public record PlotAxis(String label, AxisKind kind, boolean log, double min, double max) {
    public PlotAxis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis range must be finite and increasing: " + min + ".." + max);
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("log axis needs positive bounds, was " + min);
        }
    }

    /** What the numbers on an axis mean. */
    public enum AxisKind {
        /** Plain numbers (steps, seconds, FLOP, loss). */
        NUMBER,
        /** Decimal years, labelled as whole calendar years. */
        YEAR
    }

    public PlotAxis withBounds(double newMin, double newMax) {
        return new PlotAxis(label, kind, log, newMin, newMax);
    }

    public PlotAxis withLabel(String newLabel) {
        return new PlotAxis(newLabel, kind, log, min, max);
    }

    /** Position of {@code value} along the axis as a fraction 0..1 of its length (outside for values outside). */
    public double fraction(double value) {
        if (log) {
            return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (value - min) / (max - min);
    }
}
