// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.io.jsonl.RerunLogSchema;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;

/**
 * A rerun's evaluations as the {@link Run} its log reads back as (test accuracy and cumulative training FLOPs over
 * steps), so its compute-to-target comes from the same {@link ComputeToTargetService} as {@code algoeff ctt} over
 * that log: the Hernandez &amp; Brown way, the training FLOPs at which test accuracy first reaches the target,
 * interpolated linearly between the last evaluation below it and the first at or above it.
 */
public final class EvalCurve {
    private EvalCurve() {
    }

    /** Training FLOPs to reach {@code target}; empty when no evaluation reached it. */
    public static OptionalDouble computeToTarget(List<EvalPoint> curve, double target) {
        if (curve.isEmpty() || !Double.isFinite(target)) {
            return OptionalDouble.empty();
        }
        MetricTarget question = new MetricTarget(RerunLogSchema.TEST_ACCURACY, target,
                TargetDirection.HIGHER_IS_BETTER, new ComputeSource.FlopsTag(RerunLogSchema.TRAINING_FLOPS), Double.NaN);
        ComputeToTargetService.TargetHit hit = ComputeToTargetService.measure(asRun("rerun", curve), question,
                CancellationToken.NEVER);
        return hit.reached() ? OptionalDouble.of(hit.trainingFlops()) : OptionalDouble.empty();
    }

    /** The curve as a run with the rerun log's two series. */
    static Run asRun(String name, List<EvalPoint> curve) {
        int n = curve.size();
        long[] steps = new long[n];
        double[] accuracy = new double[n];
        double[] flops = new double[n];
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            EvalPoint p = curve.get(i);
            steps[i] = p.step();
            accuracy[i] = p.testAccuracy();
            flops[i] = p.trainingFlops();
            wall[i] = p.wallTimeSeconds();
        }
        return new Run(name, "algoeff-rerun", "", List.of(
                new MetricSeries(RerunLogSchema.TEST_ACCURACY, steps, accuracy, wall),
                new MetricSeries(RerunLogSchema.TRAINING_FLOPS, steps.clone(), flops, wall.clone())),
                Map.of(Run.KEY_FLOPS_SERIES, RerunLogSchema.TRAINING_FLOPS));
    }
}
