// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/**
 * One evaluation on the test split during a rerun: a point of the live accuracy curve and a line of the JSONL log.
 *
 * @param step            minibatches trained so far
 * @param examples        training examples processed so far
 * @param trainingFlops   training FLOPs so far (3 x forward x examples)
 * @param testAccuracy    fraction of the test split classified correctly, 0..1
 * @param trainLoss       mean training loss over the minibatches since the previous evaluation; NaN before the first
 * @param wallTimeSeconds seconds since the Unix epoch when the evaluation finished
 */
public record EvalPoint(long step, long examples, long trainingFlops, double testAccuracy, double trainLoss,
        double wallTimeSeconds) {
}
