// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.Objects;

/**
 * What to reach: a metric (series tag), a target value, the direction, how to count compute, and an optional
 * TensorBoard smoothing weight in [0, 1) applied before the search (NaN = raw points).
 */
public record MetricTarget(String metric, double target, TargetDirection direction, ComputeSource compute,
        double smoothing) {
    public MetricTarget {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(compute, "compute");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be a finite number");
        }
        if (!Double.isNaN(smoothing) && !(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("smoothing must be in [0, 1), got " + smoothing);
        }
    }

    /** Target with the direction inferred from the tag and no smoothing. */
    public static MetricTarget of(String metric, double target, ComputeSource compute) {
        return new MetricTarget(metric, target, TargetDirection.infer(metric), compute, Double.NaN);
    }

    public boolean smoothed() {
        return !Double.isNaN(smoothing);
    }
}
