// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import io.fair_acc.chartfx.renderer.RendererDataReducer;

/**
 * ChartFX point reducer that never drops an extremum: per pixel column it keeps the first, minimum, maximum and
 * last point (in data order), so a line through them looks exactly like one through every point. ChartFX's default
 * reducer averages close points instead, which flattens spikes in loss curves.
 *
 * <p>Works in place on ChartFX's pixel-coordinate arrays: survivors are moved to the front, the count returned.
 */
public final class MinMaxPixelReducer implements RendererDataReducer {
    @Override
    public int reducePoints(double[] x, double[] y, double[] exp, double[] exn, double[] eyp, double[] eyn,
                            String[] styles, boolean[] selected, int indexMin, int indexMax) {
        int count = 0;
        int i = indexMin;
        while (i < indexMax) {
            double column = Math.floor(x[i]);
            int first = i;
            int min = i;
            int max = i;
            int j = i;
            while (j < indexMax && Math.floor(x[j]) == column) {
                if (y[j] < y[min]) {
                    min = j;
                }
                if (y[j] > y[max]) {
                    max = j;
                }
                j++;
            }
            int last = j - 1;
            int lo = Math.min(min, max);
            int hi = Math.max(min, max);
            count = keep(first, count, x, y, exp, exn, eyp, eyn, styles, selected);
            if (lo != first) {
                count = keep(lo, count, x, y, exp, exn, eyp, eyn, styles, selected);
            }
            if (hi != lo && hi != first) {
                count = keep(hi, count, x, y, exp, exn, eyp, eyn, styles, selected);
            }
            if (last != hi && last != lo && last != first) {
                count = keep(last, count, x, y, exp, exn, eyp, eyn, styles, selected);
            }
            i = j;
        }
        return count;
    }

    /** Moves point {@code from} to slot {@code to} (always {@code to <= from}); returns the next free slot. */
    private static int keep(int from, int to, double[] x, double[] y, double[] exp, double[] exn, double[] eyp,
                            double[] eyn, String[] styles, boolean[] selected) {
        x[to] = x[from];
        y[to] = y[from];
        copy(exp, from, to);
        copy(exn, from, to);
        copy(eyp, from, to);
        copy(eyn, from, to);
        if (styles != null) {
            styles[to] = styles[from];
        }
        if (selected != null) {
            selected[to] = selected[from];
        }
        return to + 1;
    }

    private static void copy(double[] a, int from, int to) {
        if (a != null) {
            a[to] = a[from];
        }
    }
}
