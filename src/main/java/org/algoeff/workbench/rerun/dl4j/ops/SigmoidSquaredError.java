// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rumelhart, Hinton &amp; Williams (1986): logistic output units and the error E = 1/2 sum_j (y_j - d_j)^2 per
 * example, here averaged over the minibatch so that a learning rate means the same at any batch size. With
 * y = sigmoid(z), dE/dz = (y - d) y (1 - y) / examples.
 */
final class SigmoidSquaredError implements OpsLoss {
    private double loss = Double.NaN;

    @Override
    public INDArray gradient(INDArray logits, float[] labels) {
        int n = (int) logits.size(0);
        int classes = (int) logits.size(1);
        float[] z = logits.data().asFloat();
        float[] grad = new float[n * classes];
        double sum = 0;
        for (int i = 0; i < n * classes; i++) {
            double y = 1 / (1 + Math.exp(-z[i]));
            double e = y - labels[i];
            sum += 0.5 * e * e;
            grad[i] = (float) (e * y * (1 - y) / n);
        }
        loss = sum / n;
        return Nd4j.create(grad, new long[] {n, classes}, 'c');
    }

    @Override
    public double loss() {
        return loss;
    }
}
