// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

/**
 * How many points one file may add before it would fill the heap: a reader stops there with an error that names
 * the heap needed and the {@code -Xmx} hint, instead of running out of memory with nothing read (reliability audit
 * R2: a 12 MB gzip'ed CSV of a million small cells per row). A point costs {@link #BYTES_PER_POINT} in a series;
 * a file may use at most {@link #HEAP_SHARE} of the heap still free when it starts. Not thread-safe.
 */
public final class PointBudget {
    /** Bytes of heap one point takes in a series, with the chunked builders' slack (24 + copy while freezing). */
    public static final long BYTES_PER_POINT = 48;
    /** Share of the free heap one file may take. */
    public static final double HEAP_SHARE = 0.5;

    private final long maxPoints;
    private long points;

    public PointBudget(long maxPoints) {
        this.maxPoints = maxPoints;
    }

    /** The budget of a file read now, from the heap free at this moment. */
    public static PointBudget forFreeHeap() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return new PointBudget(Math.max(1, (long) (free * HEAP_SHARE / BYTES_PER_POINT)));
    }

    /** Counts {@code n} more points; false once the budget is spent. */
    public boolean take(long n) {
        points += n;
        return points <= maxPoints;
    }

    /** The problem text once {@link #take} said no. */
    public String message() {
        long heapMb = (maxPoints * BYTES_PER_POINT) >> 20;
        long neededMb = Math.max(heapMb + 1, (points * BYTES_PER_POINT / HEAP_SHARE > 0 ? (long) (points
                * BYTES_PER_POINT / HEAP_SHARE) >> 20 : 0));
        return "more than " + maxPoints + " points: the file would need more than " + heapMb + " MB of the "
                + "free heap; the points read up to here are kept, the rest of the file is not read (start the "
                + "workbench with a larger heap, e.g. -Xmx" + Math.max(2, (neededMb * 4 >> 10) + 1) + "g, to read more)";
    }
}
