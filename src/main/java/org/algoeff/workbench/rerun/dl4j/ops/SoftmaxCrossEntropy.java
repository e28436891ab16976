// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Softmax output with the mean cross-entropy over the minibatch (DL4J's MCXENT): loss = -sum(y log p) / n, with p
 * clipped at 1e-10 as DL4J does; its gradient with respect to the logits is (p - y) / n. Computed in Java: the
 * logits are only examples x classes numbers, and half a dozen native calls on them cost more than the arithmetic.
 */
final class SoftmaxCrossEntropy implements OpsLoss {
    private static final double MIN_PROBABILITY = 1e-10;

    private double loss = Double.NaN;

    /** The loss gradient with respect to {@code logits} [examples, classes] for one-hot {@code labels} (row-major). */
    @Override
    public INDArray gradient(INDArray logits, float[] labels) {
        int n = (int) logits.size(0);
        int classes = (int) logits.size(1);
        float[] z = logits.data().asFloat();
        float[] grad = new float[n * classes];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int row = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, z[row + c]);
            }
            double norm = 0;
            for (int c = 0; c < classes; c++) {
                norm += Math.exp(z[row + c] - max);
            }
            for (int c = 0; c < classes; c++) {
                double p = Math.exp(z[row + c] - max) / norm;
                grad[row + c] = (float) ((p - labels[row + c]) / n);
                if (labels[row + c] != 0) {
                    sum -= labels[row + c] * Math.log(Math.max(p, MIN_PROBABILITY));
                }
            }
        }
        loss = sum / n;
        return Nd4j.create(grad, new long[] {n, classes}, 'c');
    }

    /** The mean loss of the last {@link #gradient} call. */
    @Override
    public double loss() {
        return loss;
    }
}
