// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.util.Objects;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;

/**
 * A compute-to-target question for every run of a bulk job, in a form Spark can ship to executors.
 *
 * @param flopsPerStep FLOPs per step, or null
 * @param flopsTag     series of cumulative FLOPs, or null
 * @param parameters   model parameters for 6ND (with {@code tokensPerStep}), or null
 * @param smoothing    TensorBoard EMA weight, NaN for none
 */
public record CttSpec(String metric, double target, TargetDirection direction, Double flopsPerStep,
        String flopsTag, Double parameters, Double tokensPerStep, double smoothing) implements Serializable {
    private static final long serialVersionUID = 1L;

    public CttSpec {
        Objects.requireNonNull(metric, "metric");
        direction = direction == null ? TargetDirection.infer(metric) : direction;
    }

    /** The analysis request; the compute source follows the one field given, else the run's total FLOPs. */
    public MetricTarget toMetricTarget() {
        ComputeSource source;
        if (flopsPerStep != null) {
            source = new ComputeSource.FlopsPerStep(flopsPerStep);
        } else if (flopsTag != null) {
            source = new ComputeSource.FlopsTag(flopsTag);
        } else if (parameters != null && tokensPerStep != null) {
            source = new ComputeSource.SixND(parameters, tokensPerStep);
        } else {
            source = new ComputeSource.LoggedFlops();
        }
        return new MetricTarget(metric, target, direction, source, smoothing);
    }
}
