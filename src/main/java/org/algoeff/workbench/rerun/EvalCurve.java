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

    /**
     * Training FLOPs to reach {@code target} on the split targets read ({@link EvalPoint#targetAccuracy}: validation
     * when the curve has it, else test); empty when no evaluation reached it.
     */
    public static OptionalDouble computeToTarget(List<EvalPoint> curve, double target) {
        return computeToTarget(curve, target, targetSeries(curve));
    }

    /** The log series targets are read on: {@code validation_accuracy} when the curve has it, else test. */
    public static String targetSeries(List<EvalPoint> curve) {
        return !curve.isEmpty() && !Double.isNaN(curve.get(0).validationAccuracy())
                ? RerunLogSchema.VALIDATION_ACCURACY : RerunLogSchema.TEST_ACCURACY;
    }

    /** Training FLOPs to reach {@code target} on {@code series} (a rerun log's accuracy key); empty when missed. */
    public static OptionalDouble computeToTarget(List<EvalPoint> curve, double target, String series) {
        if (curve.isEmpty() || !Double.isFinite(target)) {
            return OptionalDouble.empty();
        }
        MetricTarget question = new MetricTarget(series, target,
                TargetDirection.HIGHER_IS_BETTER, new ComputeSource.FlopsTag(RerunLogSchema.TRAINING_FLOPS), Double.NaN);
        ComputeToTargetService.TargetHit hit = ComputeToTargetService.measure(asRun("rerun", curve), question,
                CancellationToken.NEVER);
        return hit.reached() ? OptionalDouble.of(hit.trainingFlops()) : OptionalDouble.empty();
    }

    /** The curve as a run with the rerun log's two series. */
    static Run asRun(String name, List<EvalPoint> curve) {
        return asRun(name, curve, Double.NaN);
    }

    /**
     * The curve as a run with the rerun log's two series, and, when {@code stopTarget} is finite, the target whose
     * reaching stopped the training (what the rerun log's header records), so harder targets read as unmeasured.
     */
    public static Run asRun(String name, List<EvalPoint> curve, double stopTarget) {
        int n = curve.size();
        long[] steps = new long[n];
        double[] accuracy = new double[n];
        double[] flops = new double[n];
        double[] wall = new double[n];
        double[] validation = new double[n];
        for (int i = 0; i < n; i++) {
            EvalPoint p = curve.get(i);
            steps[i] = p.step();
            accuracy[i] = p.testAccuracy();
            flops[i] = p.trainingFlops();
            wall[i] = p.wallTimeSeconds();
            validation[i] = p.validationAccuracy();
        }
        String targetSeries = targetSeries(curve);
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        metadata.put(Run.KEY_FLOPS_SERIES, RerunLogSchema.TRAINING_FLOPS);
        if (Double.isFinite(stopTarget)) {
            metadata.put(Run.KEY_STOP_SERIES, targetSeries);
            metadata.put(Run.KEY_STOP_TARGET, Double.toString(stopTarget));
        }
        List<MetricSeries> series = new java.util.ArrayList<>(List.of(
                new MetricSeries(RerunLogSchema.TEST_ACCURACY, steps, accuracy, wall),
                new MetricSeries(RerunLogSchema.TRAINING_FLOPS, steps.clone(), flops, wall.clone())));
        if (targetSeries.equals(RerunLogSchema.VALIDATION_ACCURACY)) {
            series.add(new MetricSeries(RerunLogSchema.VALIDATION_ACCURACY, steps.clone(), validation, wall.clone()));
        }
        return new Run(name, "algoeff-rerun", "", series, metadata);
    }
}
