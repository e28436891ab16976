// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of the ops engine. Activations are NCHW ({@code [examples, channels, height, width]}) or
 * {@code [examples, features]}. The arrays a layer returns are its own buffers: valid until its next call.
 */
interface OpsLayer {
    /** The layer's output for {@code in}; {@code training} selects batch statistics and dropout. */
    INDArray forward(INDArray in, boolean training);

    /**
     * Back-propagates {@code gradOut} (the loss gradient of the last forward's output): writes the parameter
     * gradients into their views and returns the gradient of the input, or null for the network's first layer.
     */
    INDArray backward(INDArray gradOut);
}
