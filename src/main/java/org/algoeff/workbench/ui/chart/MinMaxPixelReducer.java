// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import io.fair_acc.chartfx.renderer.RendererDataReducer;

import org.algoeff.workbench.analysis.plot.MinMaxReduction;

/**
 * ChartFX's hook for {@link MinMaxReduction}, the reduction the exports use too, on pixel columns: ChartFX hands
 * pixel-coordinate arrays; the kept points are moved to the front in place and their count returned. Pixel
 * positions that are not finite (x = 0 on a log axis) are dropped. ChartFX's default reducer averages close
 * points instead, which flattens spikes in loss curves.
 */
public final class MinMaxPixelReducer implements RendererDataReducer {
    @Override
    public int reducePoints(double[] x, double[] y, double[] exp, double[] exn, double[] eyp, double[] eyn,
                            String[] styles, boolean[] selected, int indexMin, int indexMax) {
        int[] count = {0};
        // Kept indices arrive in increasing order and never below the next free slot, so moving is safe.
        MinMaxReduction.reduce(x, y, indexMin, indexMax, v -> v, from -> {
            int to = count[0]++;
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
        });
        return count[0];
    }

    private static void copy(double[] a, int from, int to) {
        if (a != null) {
            a[to] = a[from];
        }
    }
}
