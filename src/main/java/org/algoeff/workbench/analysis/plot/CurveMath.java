// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import org.algoeff.workbench.analysis.ctt.ComputeAxis;
import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.CurveCrossing;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;

/**
 * X values for training curves (step, wall time since the first point in seconds, or cumulative training compute
 * in FLOP from the run's {@link ComputeAxis}) and where a curve first reaches a target.
 */
public final class CurveMath {
    /** What the curve chart's x axis shows. */
    public enum XQuantity {
        STEP("step"), WALL_TIME("wall time (s)"), COMPUTE("compute (FLOP)");

        private final String label;

        XQuantity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private CurveMath() {
    }

    /**
     * The x array for a series of a run, or null when it has no wall time; NaN where a FLOPs series has ended.
     *
     * @param compute how to count the run's compute (used for {@link XQuantity#COMPUTE} only)
     * @throws IllegalArgumentException for compute, when the run lacks what {@code compute} needs
     */
    public static double[] xValues(Run run, MetricSeries s, XQuantity quantity, ComputeSource compute) {
        int n = s.size();
        double[] x = new double[n];
        switch (quantity) {
            case STEP -> {
                for (int i = 0; i < n; i++) {
                    x[i] = s.step(i);
                }
            }
            case WALL_TIME -> {
                double t0 = n == 0 ? 0 : s.wallTimeSeconds(0);
                if (!Double.isFinite(t0)) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    x[i] = s.wallTimeSeconds(i) - t0;
                }
            }
            default -> x = ComputeAxis.of(run, compute).flopsAtPoints(s);
        }
        return x;
    }

    /**
     * Where a curve first reaches the target, as {x, y}: interpolated between the last point before and the first
     * at or past it, the same rule as {@code algoeff ctt}; null if never reached.
     */
    public static double[] crossing(double[] x, double[] y, double target, boolean lowerIsBetter) {
        CurveCrossing hit = CurveCrossing.first(y, target,
                lowerIsBetter ? TargetDirection.LOWER_IS_BETTER : TargetDirection.HIGHER_IS_BETTER,
                CancellationToken.NEVER);
        return hit.reached() ? new double[] {hit.interpolate(x), hit.interpolate(y)} : null;
    }
}
