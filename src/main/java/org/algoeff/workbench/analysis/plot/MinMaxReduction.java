// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The one min/max reduction of a curve, used by the window while it draws (per pixel column, through
 * {@code ui.chart.MinMaxPixelReducer}) and by the exports (per x bucket): per column it keeps the first, minimum,
 * maximum and last point in data order, so a line through them looks the same as one through every point and no
 * extremum is ever dropped. Points that cannot be drawn (non-finite x column or y, x &le; 0 on a log axis) are
 * skipped. One pass over the points, always: no input makes it loop or index out of range.
 */
public final class MinMaxReduction {
    private MinMaxReduction() {
    }

    /** Receives the indices a reduction keeps, strictly increasing. */
    @FunctionalInterface
    public interface Keeper {
        void keep(int index);
    }

    /**
     * Visits points {@code from} (inclusive) to {@code to} (exclusive) once and hands the kept indices to
     * {@code keeper}, in increasing order (so a keeper may compact the arrays in place).
     *
     * @param column maps an x value to its column coordinate; points with the same {@code floor} share a column,
     *               a non-finite coordinate means "not drawable"
     */
    public static void reduce(double[] x, double[] y, int from, int to, DoubleUnaryOperator column, Keeper keeper) {
        double current = Double.NaN;
        int first = -1;
        int min = -1;
        int max = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            double c = column.applyAsDouble(x[i]);
            if (!Double.isFinite(c) || !Double.isFinite(y[i])) {
                continue;
            }
            double bucket = Math.floor(c);
            if (first < 0 || bucket != current) {
                flush(first, min, max, last, keeper);
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
        flush(first, min, max, last, keeper);
    }

    /**
     * The export's reduction to {@code buckets} equal columns across [xMin, xMax] (log-spaced when {@code logX});
     * curves of at most four points per bucket are kept whole (minus undrawable points).
     */
    public static List<PlotPoint> reduce(double[] x, double[] y, double xMin, double xMax, int buckets,
                                         boolean logX) {
        List<PlotPoint> out = new ArrayList<>();
        Keeper add = i -> out.add(new PlotPoint(x[i], y[i]));
        if (x.length <= 4L * buckets) {
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (!logX || x[i] > 0)) {
                    add.keep(i);
                }
            }
            return out;
        }
        reduce(x, y, 0, x.length, columns(xMin, xMax, buckets, logX), add);
        return out;
    }

    /** Column coordinate of x: 0 at xMin, {@code buckets} at xMax, NaN where a log axis cannot show x. */
    public static DoubleUnaryOperator columns(double xMin, double xMax, int buckets, boolean logX) {
        if (logX) {
            double lo = Math.log10(xMin);
            double scale = buckets / (Math.log10(xMax) - lo);
            return v -> v > 0 ? (Math.log10(v) - lo) * scale : Double.NaN;
        }
        double scale = buckets / (xMax - xMin);
        return v -> (v - xMin) * scale;
    }

    private static void flush(int first, int min, int max, int last, Keeper keeper) {
        if (first < 0) {
            return;
        }
        int lo = Math.min(min, max);
        int hi = Math.max(min, max);
        keeper.keep(first);
        if (lo != first) {
            keeper.keep(lo);
        }
        if (hi != lo && hi != first) {
            keeper.keep(hi);
        }
        if (last != hi && last != lo && last != first) {
            keeper.keep(last);
        }
    }
}
