// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Objects;

/**
 * Every logged point of one metric of one run, in primitive arrays (24 bytes per point) so that
 * ten-million-point logs fit in a small heap. Points are in logging order; steps need not be unique.
 *
 * <p>Immutable by contract: the arrays are owned by this object and never handed out; use the
 * indexed getters, or {@link #copySteps()} etc. for bulk access.
 *
 * <p>Wall time is in seconds since the Unix epoch, {@link Double#NaN} where the format has none.
 */
public final class MetricSeries {
    private final String tag;
    private final long[] steps;
    private final double[] values;
    private final double[] wallTimesSeconds;

    /** Takes ownership of the arrays (no copy); they must have equal lengths. */
    public MetricSeries(String tag, long[] steps, double[] values, double[] wallTimesSeconds) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.values = Objects.requireNonNull(values, "values");
        this.wallTimesSeconds = Objects.requireNonNull(wallTimesSeconds, "wallTimesSeconds");
        if (steps.length != values.length || steps.length != wallTimesSeconds.length) {
            throw new IllegalArgumentException("array lengths differ for " + tag + ": "
                    + steps.length + ", " + values.length + ", " + wallTimesSeconds.length);
        }
    }

    public String tag() {
        return tag;
    }

    public int size() {
        return steps.length;
    }

    public boolean isEmpty() {
        return steps.length == 0;
    }

    public long step(int i) {
        return steps[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** Seconds since the Unix epoch, or NaN when the format records no wall time. */
    public double wallTimeSeconds(int i) {
        return wallTimesSeconds[i];
    }

    public long[] copySteps() {
        return steps.clone();
    }

    public double[] copyValues() {
        return values.clone();
    }

    public double[] copyWallTimesSeconds() {
        return wallTimesSeconds.clone();
    }

    /** Same points under another tag (arrays shared, which is safe because they are never written). */
    public MetricSeries withTag(String newTag) {
        return new MetricSeries(newTag, steps, values, wallTimesSeconds);
    }

    @Override
    public String toString() {
        return "MetricSeries[" + tag + ", " + size() + " points]";
    }
}
