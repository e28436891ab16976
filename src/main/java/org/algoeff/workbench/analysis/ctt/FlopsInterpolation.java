// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import org.algoeff.workbench.model.MetricSeries;

/** Linear interpolation of a cumulative-FLOPs series at a step; before its first point it runs from (0, 0). */
final class FlopsInterpolation {
    private FlopsInterpolation() {
    }

    /** @throws IllegalArgumentException when the step lies beyond the series' last point */
    static double at(MetricSeries f, double step) {
        double v = atOrNaN(f, step);
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException(f.isEmpty() ? "FLOPs series '" + f.tag() + "' is empty"
                    : "FLOPs series '" + f.tag() + "' ends at step " + lastFiniteStep(f) + ", before step " + step);
        }
        return v;
    }

    private static long lastFiniteStep(MetricSeries f) {
        for (int i = f.size() - 1; i >= 0; i--) {
            if (Double.isFinite(f.value(i))) {
                return f.step(i);
            }
        }
        return 0;
    }

    /** The interpolated FLOPs, or NaN when the series is empty or ends before {@code step}. */
    static double atOrNaN(MetricSeries f, double step) {
        if (f.isEmpty()) {
            return Double.NaN;
        }
        double prevStep = 0;
        double prevFlops = 0;
        for (int i = 0; i < f.size(); i++) {
            double s = f.step(i);
            double v = f.value(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            if (step <= s) {
                if (s == prevStep) {
                    return v;
                }
                return prevFlops + (step - prevStep) / (s - prevStep) * (v - prevFlops);
            }
            prevStep = s;
            prevFlops = v;
        }
        return step == prevStep ? prevFlops : Double.NaN;
    }

    /**
     * {@link #atOrNaN} at every step of {@code points}, with the same arithmetic: a binary search per point when the
     * FLOPs series' steps ascend (as every logger writes them), else the linear scan; O(n log m), not O(n m).
     */
    static double[] atSteps(MetricSeries f, MetricSeries points) {
        int m = 0;
        long[] steps = new long[f.size()];
        double[] flops = new double[f.size()];
        boolean ascending = true;
        for (int i = 0; i < f.size(); i++) {
            if (Double.isFinite(f.value(i))) {
                ascending &= m == 0 || f.step(i) >= steps[m - 1];
                steps[m] = f.step(i);
                flops[m++] = f.value(i);
            }
        }
        double[] out = new double[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ascending && m > 0 ? sorted(steps, flops, m, points.step(i)) : atOrNaN(f, points.step(i));
        }
        return out;
    }

    private static double sorted(long[] steps, double[] flops, int m, double step) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (steps[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == m) {
            return Double.NaN;
        }
        double prevStep = lo == 0 ? 0 : steps[lo - 1];
        double prevFlops = lo == 0 ? 0 : flops[lo - 1];
        double s = steps[lo];
        return s == prevStep ? flops[lo] : prevFlops + (step - prevStep) / (s - prevStep) * (flops[lo] - prevFlops);
    }
}
