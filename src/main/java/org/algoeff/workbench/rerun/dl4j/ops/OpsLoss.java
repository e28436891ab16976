// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The training loss on the output layer's pre-activations (logits); the prediction is their argmax either way. */
interface OpsLoss {
    /** The gradient with respect to {@code logits} [examples, classes] for one-hot {@code labels} (row-major). */
    INDArray gradient(INDArray logits, float[] labels);

    /** The mean loss of the last {@link #gradient} call. */
    double loss();
}
