// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Arrays;

/**
 * Growable primitive buffer that readers append to, point by point, before freezing it into a
 * {@link MetricSeries}. Not thread-safe: one reader thread owns it.
 */
public final class SeriesBuilder {
    private final String tag;
    private long[] steps;
    private double[] values;
    private double[] wallTimes;
    private int size;

    public SeriesBuilder(String tag) {
        this(tag, 64);
    }

    public SeriesBuilder(String tag, int initialCapacity) {
        this.tag = tag;
        int capacity = Math.max(4, initialCapacity);
        steps = new long[capacity];
        values = new double[capacity];
        wallTimes = new double[capacity];
    }

    public String tag() {
        return tag;
    }

    public int size() {
        return size;
    }

    /** Appends one point; wall time in seconds since the epoch, or NaN when unknown. */
    public SeriesBuilder add(long step, double value, double wallTimeSeconds) {
        if (size == steps.length) {
            // Grow by 1.5x: amortised O(1) appends with less slack than doubling for huge logs.
            int capacity = size + (size >> 1) + 1;
            steps = Arrays.copyOf(steps, capacity);
            values = Arrays.copyOf(values, capacity);
            wallTimes = Arrays.copyOf(wallTimes, capacity);
        }
        steps[size] = step;
        values[size] = value;
        wallTimes[size] = wallTimeSeconds;
        size++;
        return this;
    }

    public long lastStep() {
        if (size == 0) {
            throw new IllegalStateException("empty series " + tag);
        }
        return steps[size - 1];
    }

    /** Freezes the points; the arrays are trimmed to size. The builder must not be used afterwards. */
    public MetricSeries build() {
        return new MetricSeries(tag, Arrays.copyOf(steps, size), Arrays.copyOf(values, size),
                Arrays.copyOf(wallTimes, size));
    }
}
