// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.ints;
import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/**
 * Softmax output with the mean cross-entropy over the minibatch (DL4J's MCXENT): loss = -sum(y log p) / n, with p
 * clipped at 1e-10 as DL4J does; its gradient with respect to the logits is (p - y) / n.
 */
final class SoftmaxCrossEntropy {
    private static final double MIN_PROBABILITY = 1e-10;

    private final Buffers buffers = new Buffers();
    private INDArray probabilities;
    private INDArray oneHot;

    /** Softmax probabilities of {@code logits} [examples, classes]. */
    INDArray probabilities(INDArray logits) {
        probabilities = buffers.get(0, logits.shape());
        NativeOp.exec("softmax", of(logits), of(probabilities), ints(1));
        return probabilities;
    }

    /** The gradient of the mean loss against {@code labels} with respect to the logits of the last call. */
    INDArray gradient(INDArray labels) {
        oneHot = labels;
        INDArray grad = buffers.get(1, probabilities.shape());
        return probabilities.sub(labels, grad).divi(labels.size(0));
    }

    /** The mean loss of the last {@link #gradient} call. */
    double loss() {
        INDArray logP = Transforms.log(Transforms.max(probabilities, MIN_PROBABILITY, true), false);
        return -logP.muli(oneHot).sumNumber().doubleValue() / oneHot.size(0);
    }
}
