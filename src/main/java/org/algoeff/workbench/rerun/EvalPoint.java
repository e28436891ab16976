// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/**
 * One evaluation during a rerun: a point of the live accuracy curve and a line of the JSONL log.
 *
 * @param step               minibatches trained so far
 * @param examples           training examples processed so far
 * @param trainingFlops      training FLOPs so far (3 x forward x examples)
 * @param testAccuracy       fraction of the test split classified correctly, 0..1
 * @param trainLoss          mean training loss over the minibatches since the previous evaluation; NaN before the first
 * @param wallTimeSeconds    seconds since the Unix epoch when the evaluation finished
 * @param validationAccuracy fraction of the validation split (carved from the training digits) classified correctly;
 *                           NaN when the rerun has no validation split
 */
public record EvalPoint(long step, long examples, long trainingFlops, double testAccuracy, double trainLoss,
        double wallTimeSeconds, double validationAccuracy) {
    /** A point of a rerun without a validation split. */
    public EvalPoint(long step, long examples, long trainingFlops, double testAccuracy, double trainLoss,
            double wallTimeSeconds) {
        this(step, examples, trainingFlops, testAccuracy, trainLoss, wallTimeSeconds, Double.NaN);
    }

    /**
     * The accuracy targets and stop rules read: validation when the rerun has a validation split (so the test split
     * never chooses anything), else test.
     */
    public double targetAccuracy() {
        return Double.isNaN(validationAccuracy) ? testAccuracy : validationAccuracy;
    }
}
