// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's activation and gradient arrays, allocated once per slot and minibatch size and then reused: training
 * (one minibatch size) and evaluation (another) each keep their own set, so no minibatch allocates native memory.
 */
final class Buffers {
    private final Map<Long, INDArray> arrays = new HashMap<>();

    /** The array of {@code slot} for shape {@code shape} (whose first dimension is the minibatch size). */
    INDArray get(int slot, long... shape) {
        long key = ((long) slot << 32) | shape[0];
        INDArray a = arrays.get(key);
        if (a == null || !java.util.Arrays.equals(a.shape(), shape)) {
            a = Nd4j.create(DataType.FLOAT, shape, 'c');
            arrays.put(key, a);
        }
        return a;
    }
}
