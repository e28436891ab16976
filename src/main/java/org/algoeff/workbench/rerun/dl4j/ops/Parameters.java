// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All trainable parameters of a network in one flat vector (and their gradients in another), weights first and then
 * biases and batch-norm scales and shifts, so that the updater is one native call and L2 / weight decay, which apply
 * to weights only (as in DL4J), one call over the leading range.
 */
final class Parameters {
    private final List<Param> params = new ArrayList<>();
    private INDArray values;
    private INDArray grads;
    private long weightCount;

    /** A weight drawn from N(0, std^2). */
    Param weight(double std, long... shape) {
        return add(new Param(shape, true, new Param.Init(true, std)));
    }

    /** A bias, batch-norm scale or shift starting at {@code value}. */
    Param constant(double value, long... shape) {
        return add(new Param(shape, false, new Param.Init(false, value)));
    }

    private Param add(Param p) {
        if (values != null) {
            throw new IllegalStateException("parameters already allocated");
        }
        params.add(p);
        return p;
    }

    /** Allocates the flat vectors, binds every parameter to its views and initialises it from ND4J's seeded RNG. */
    void allocate() {
        List<Param> ordered = new ArrayList<>(params.stream().filter(p -> p.weight).toList());
        weightCount = ordered.stream().mapToLong(Param::length).sum();
        ordered.addAll(params.stream().filter(p -> !p.weight).toList());
        long total = ordered.stream().mapToLong(Param::length).sum();
        values = Nd4j.create(DataType.FLOAT, total);
        grads = Nd4j.create(DataType.FLOAT, total);
        long offset = 0;
        for (Param p : ordered) {
            long end = offset + p.length();
            INDArray value = values.get(NDArrayIndex.interval(offset, end)).reshape('c', p.shape);
            INDArray grad = grads.get(NDArrayIndex.interval(offset, end)).reshape('c', p.shape);
            p.bind(value, grad);
            if (p.init.random()) {
                value.assign(Nd4j.randn(DataType.FLOAT, p.shape).muli(p.init.value()));
            } else {
                value.assign(p.init.value());
            }
            offset = end;
        }
    }

    INDArray values() {
        return values;
    }

    INDArray grads() {
        return grads;
    }

    /** Number of weight entries: the leading range of {@link #values()} and {@link #grads()}. */
    long weightCount() {
        return weightCount;
    }

    long count() {
        return values.length();
    }
}
