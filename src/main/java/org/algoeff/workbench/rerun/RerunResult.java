// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;
import java.util.Objects;

/**
 * What one rerun measured. FLOPs follow {@link org.algoeff.workbench.compute.Flops}; evaluation FLOPs are reported
 * apart and are not part of the training compute.
 *
 * @param recipe                 the recipe's id
 * @param year                   the recipe's year
 * @param seed                   the seed used
 * @param backend                what it ran on
 * @param examples               training examples processed
 * @param forwardFlopsPerExample analytic forward FLOPs per example
 * @param trainingFlops          3 x forward x examples
 * @param evaluationFlops        forward x test examples x evaluations
 * @param trainExamples          size of the training split used
 * @param testExamples           size of the test split used
 * @param target                 the target accuracy (infinity when none)
 * @param reachedTarget          whether an evaluation reached the target (on the validation split when there is one)
 * @param computeToTarget        training FLOPs at which the target was reached, interpolated; NaN when not reached
 * @param finalAccuracy          test accuracy at the last evaluation
 * @param bestAccuracy           highest accuracy seen on the split the target is read on (validation if any)
 * @param seconds                wall time of the whole rerun, evaluations included
 * @param trainingSeconds        wall time spent in minibatch updates only
 * @param curve                  every evaluation, in order (the first at 0 examples)
 * @param logFile                the JSONL log written, or "" for none
 * @param stop                   the stop rule it trained under
 */
public record RerunResult(String recipe, int year, long seed, BackendInfo backend, long examples,
        long forwardFlopsPerExample, long trainingFlops, long evaluationFlops, int trainExamples, int testExamples,
        double target, boolean reachedTarget,
        double computeToTarget, double finalAccuracy, double bestAccuracy, double seconds, double trainingSeconds, List<EvalPoint> curve,
        String logFile, StopRule stop) {
    public RerunResult {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(stop, "stop");
        curve = List.copyOf(curve);
        logFile = logFile == null ? "" : logFile;
    }

    /** A rerun that stopped at its target. */
    public RerunResult(String recipe, int year, long seed, BackendInfo backend, long examples,
            long forwardFlopsPerExample, long trainingFlops, long evaluationFlops, int trainExamples, int testExamples,
            double target, boolean reachedTarget, double computeToTarget, double finalAccuracy, double bestAccuracy,
            double seconds, double trainingSeconds, List<EvalPoint> curve, String logFile) {
        this(recipe, year, seed, backend, examples, forwardFlopsPerExample, trainingFlops, evaluationFlops,
                trainExamples, testExamples, target, reachedTarget, computeToTarget, finalAccuracy, bestAccuracy,
                seconds, trainingSeconds, curve, logFile, StopRule.TARGET);
    }

    /** Whether training stopped once the target was reached (so its curve says nothing about harder targets). */
    public boolean stoppedAtTarget() {
        return stop.atTarget() && Double.isFinite(target);
    }

    /** Compute-to-target read on the test split (the confirmation of a validation-split target); NaN when missed. */
    public double testComputeToTarget() {
        return EvalCurve.computeToTarget(curve, target, org.algoeff.workbench.io.jsonl.RerunLogSchema.TEST_ACCURACY)
                .orElse(Double.NaN);
    }

    /** Whether the curve has a validation split (targets are then read on it). */
    public boolean hasValidation() {
        return !curve.isEmpty() && !Double.isNaN(curve.get(0).validationAccuracy());
    }

    /** Training examples per second of time spent in minibatch updates (evaluations excluded). */
    public double examplesPerSecond() {
        return trainingSeconds > 0 ? examples / trainingSeconds : 0;
    }

    /** Achieved training FLOP/s over the time spent in minibatch updates. */
    public double trainingFlopsPerSecond() {
        return trainingSeconds > 0 ? trainingFlops / trainingSeconds : 0;
    }
}
