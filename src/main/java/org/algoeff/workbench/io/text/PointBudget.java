// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

/**
 * The heap one file's series may allocate: a reader stops there with an error that names the heap and the
 * {@code -Xmx} hint, instead of running out of memory with nothing read (reliability audit R2: a 12 MB gzip'ed
 * CSV of a million small cells per row). {@link ChunkedSeriesBuilder}s reserve every chunk they allocate here, so
 * the bound is on what is really allocated (chunk slack included), not on an estimate per point; a file allowed
 * {@link #HEAP_SHARE} of the heap free when it starts keeps the rest for freezing its series. The capped-heap load
 * of docs/benchmarks.md (32 bytes a point) allocates about 25 bytes a point and stays within it. Not thread-safe.
 */
public final class PointBudget {
    /** Share of the free heap one file's series may allocate. */
    public static final double HEAP_SHARE = 0.85;

    private final long maxBytes;
    private long bytes;
    private boolean spent;

    /** A budget of {@code maxBytes} of series storage. */
    public PointBudget(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The budget of a file read now, from the heap free at this moment. */
    public static PointBudget forFreeHeap() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return new PointBudget(Math.max(1 << 20, (long) (free * HEAP_SHARE)));
    }

    /** Reserves {@code n} bytes for a chunk; false (and nothing reserved) when they do not fit. */
    public boolean reserve(long n) {
        if (bytes + n > maxBytes) {
            spent = true;
            return false;
        }
        bytes += n;
        return true;
    }

    /** Whether a reservation was refused: the reader stops after the current row. */
    public boolean spent() {
        return spent;
    }

    /** The problem text once the budget is {@link #spent()}. */
    public String message() {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        long neededGb = Math.max(2, (bytes * 4 >> 30) + 1);
        return "the series of this file would take more than " + (maxBytes >> 20) + " MB of the heap (of " + maxMb
                + " MB): the points read up to here are kept, the rest of the file is not read (start the workbench "
                + "with a larger heap, e.g. -Xmx" + neededGb + "g, to read more)";
    }
}
