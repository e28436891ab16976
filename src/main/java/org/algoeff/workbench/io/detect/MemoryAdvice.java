// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.util.Locale;

/**
 * The message shown when reading one source ran out of memory: how big the source is, roughly how much heap
 * reading it needs, how much the app has, and how to give it more ({@code -Xmx} on the command line, the launcher
 * setting of the installed app). Never a stack trace; the other sources keep loading.
 */
public final class MemoryAdvice {
    /**
     * Heap needed per byte of plain text read, on the safe side: a point costs about 25 bytes kept and up to 32
     * while read, and short numbers take 4-6 bytes of text each (a 136 MB CSV of 24M points needed over 600 MB).
     */
    static final double HEAP_PER_TEXT_BYTE = 8.0;
    /** Guess of how much a gzip'ed log inflates (logs of numbers compress about 5-20x). */
    static final double GZIP_RATIO = 10.0;
    /** Heap the app itself needs besides the data (window, readers, JIT). */
    static final long BASE_HEAP_BYTES = 256L << 20;
    private static final double GIB = 1 << 30;

    private MemoryAdvice() {
    }

    /** Rough heap needed to hold what a source of {@code bytes} bytes holds. */
    public static long heapNeeded(long bytes, boolean gzip) {
        double text = gzip ? bytes * GZIP_RATIO : bytes;
        return BASE_HEAP_BYTES + (long) (text * HEAP_PER_TEXT_BYTE);
    }

    /**
     * @param bytes    size of the source on disk
     * @param gzip     whether it is gzip-compressed
     * @param maxHeap  the heap the app may use now ({@code Runtime.maxMemory()})
     */
    public static String message(long bytes, boolean gzip, long maxHeap) {
        long needed = heapNeeded(bytes, gzip);
        long suggest = (long) Math.ceil(Math.max(needed, maxHeap * 2.0) / GIB);
        return String.format(Locale.ROOT, "out of memory reading this source (%s on disk%s): reading it needs "
                        + "roughly %s of memory, the app may use %s. Skipped; the other sources still load. To read "
                        + "it, give the app more memory: start it with java -Xmx%dg -jar algoeff.jar, or, in the "
                        + "installed app, set java-options=-Xmx%dg under [JavaOptions] in its launcher file "
                        + "lib/app/AlgoEff.cfg (installer/jpackage-common.txt sets --java-options \"-Xmx4g\")",
                size(bytes), gzip ? ", gzip'ed" : "", size(needed), size(maxHeap), suggest, suggest);
    }

    /** A size in B, KB, MB or GB (powers of 1024), for messages and progress. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
