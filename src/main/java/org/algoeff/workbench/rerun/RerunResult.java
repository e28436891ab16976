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
 * @param reachedTarget          whether an evaluation reached the target
 * @param computeToTarget        training FLOPs at which the target was reached, interpolated; NaN when not reached
 * @param finalAccuracy          test accuracy at the last evaluation
 * @param bestAccuracy           highest test accuracy seen
 * @param seconds                wall time of the whole rerun, evaluations included
 * @param trainingSeconds        wall time spent in minibatch updates only
 * @param curve                  every evaluation, in order (the first at 0 examples)
 * @param logFile                the JSONL log written, or "" for none
 */
public record RerunResult(String recipe, int year, long seed, BackendInfo backend, long examples,
        long forwardFlopsPerExample, long trainingFlops, long evaluationFlops, int trainExamples, int testExamples,
        double target, boolean reachedTarget,
        double computeToTarget, double finalAccuracy, double bestAccuracy, double seconds, double trainingSeconds, List<EvalPoint> curve,
        String logFile) {
    public RerunResult {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(backend, "backend");
        curve = List.copyOf(curve);
        logFile = logFile == null ? "" : logFile;
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
