// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One trainable tensor: its value and gradient are views into the network's flat parameter and gradient vectors
 * (set by {@link Parameters#allocate}), so that one updater call updates every parameter.
 */
final class Param {
    /** How a parameter starts: a normal distribution with this standard deviation, or a constant. */
    record Init(boolean random, double value) {
    }

    final long[] shape;
    final boolean weight;
    final Init init;
    private INDArray value;
    private INDArray grad;

    Param(long[] shape, boolean weight, Init init) {
        this.shape = shape.clone();
        this.weight = weight;
        this.init = init;
    }

    long length() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    void bind(INDArray valueView, INDArray gradView) {
        this.value = valueView;
        this.grad = gradView;
    }

    INDArray value() {
        return value;
    }

    INDArray grad() {
        return grad;
    }
}
