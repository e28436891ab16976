// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a curve to at most four points per x bucket (first, min, max, last, in x order), so a line through
 * them looks the same as one through every point and no extremum is ever dropped.
 */
public final class MinMaxReduction {
    private MinMaxReduction() {
    }

    /**
     * @param x       x values (any order within a bucket is fine; points outside [xMin, xMax] are skipped)
     * @param y       y values; non-finite values are skipped
     * @param buckets number of equal buckets across [xMin, xMax] (log-spaced when {@code logX})
     */
    public static List<PlotPoint> reduce(double[] x, double[] y, double xMin, double xMax, int buckets,
                                         boolean logX) {
        List<PlotPoint> out = new ArrayList<>();
        if (x.length <= 4L * buckets) {
            for (int i = 0; i < x.length; i++) {
                if (usable(x[i], y[i], logX)) {
                    out.add(new PlotPoint(x[i], y[i]));
                }
            }
            return out;
        }
        double lo = logX ? Math.log10(xMin) : xMin;
        double hi = logX ? Math.log10(xMax) : xMax;
        int current = Integer.MIN_VALUE;
        int first = -1;
        int min = -1;
        int max = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            if (!usable(x[i], y[i], logX)) {
                continue;
            }
            double pos = ((logX ? Math.log10(x[i]) : x[i]) - lo) / (hi - lo);
            int bucket = (int) Math.floor(pos * buckets);
            if (bucket != current) {
                flush(out, x, y, first, min, max, last);
                current = bucket;
                first = i;
                min = i;
                max = i;
            }
            if (y[i] < y[min]) {
                min = i;
            }
            if (y[i] > y[max]) {
                max = i;
            }
            last = i;
        }
        flush(out, x, y, first, min, max, last);
        return out;
    }

    private static void flush(List<PlotPoint> out, double[] x, double[] y, int first, int min, int max, int last) {
        if (first < 0) {
            return;
        }
        int[] order = {first, Math.min(min, max), Math.max(min, max), last};
        int previous = -1;
        for (int i : order) {
            if (i != previous) {
                out.add(new PlotPoint(x[i], y[i]));
                previous = i;
            }
        }
    }

    private static boolean usable(double x, double y, boolean logX) {
        return Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0);
    }
}
