// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import org.algoeff.workbench.task.CancellationToken;

/**
 * Where a curve first reaches a target: the first point that meets it ({@code index}), the last non-NaN point
 * before it ({@code prev}, -1 if none) and how far between the two the target lies ({@code fraction}, 0..1,
 * linear in the values). The one rule behind {@code algoeff ctt}, the curve chart's markers and the reruns'
 * compute-to-target, so they always agree.
 */
public record CurveCrossing(int index, int prev, double fraction) {
    /** Not reached. */
    public static final CurveCrossing NONE = new CurveCrossing(-1, -1, Double.NaN);

    /** The first crossing of {@code target} in {@code y} (NaN values are skipped), or {@link #NONE}. */
    public static CurveCrossing first(double[] y, double target, TargetDirection direction, CancellationToken cancel) {
        if (!Double.isFinite(target)) {
            return NONE;
        }
        int prev = -1;
        for (int i = 0; i < y.length; i++) {
            if ((i & 0xffff) == 0) {
                cancel.throwIfCancelled();
            }
            if (Double.isNaN(y[i])) {
                continue;
            }
            if (direction.reached(y[i], target)) {
                boolean between = prev >= 0 && Double.isFinite(y[prev]) && Double.isFinite(y[i]) && y[i] != y[prev];
                double fraction = between ? (target - y[prev]) / (y[i] - y[prev]) : 1.0;
                return new CurveCrossing(i, prev, Math.max(0, Math.min(1, fraction)));
            }
            prev = i;
        }
        return NONE;
    }

    public boolean reached() {
        return index >= 0;
    }

    /** The crossing on another axis of the same points (step, compute, wall time): linear between prev and index. */
    public double interpolate(double[] values) {
        if (!reached()) {
            return Double.NaN;
        }
        double from = prev < 0 ? values[index] : values[prev];
        return from + fraction * (values[index] - from);
    }
}
