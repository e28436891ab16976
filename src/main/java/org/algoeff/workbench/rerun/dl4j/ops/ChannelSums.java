// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-channel sums of NCHW activations (or of the columns of [examples, features]) as two matrix-vector products
 * against vectors of ones: [examples x channels, height x width] times 1, then 1 times [examples, channels]. BLAS
 * does this in one streaming pass; libnd4j's reductions over axes (0, 2, 3) took 2-5x longer.
 */
final class ChannelSums {
    private final Buffers buffers = new Buffers();

    /** The sums over every axis but 1 of {@code x} ({@code channels} = x's size on axis 1), as a [1, channels] array. */
    INDArray of(INDArray x, int channels) {
        return into(x, channels, buffers.get(3, 1, channels));
    }

    /** The same sums written into {@code out}, a [1, channels] array or a contiguous view of one; returns it. */
    INDArray into(INDArray x, int channels, INDArray out) {
        long n = x.size(0);
        long spatial = x.length() / (n * channels);
        INDArray perRow = x.reshape('c', n * channels, spatial);
        if (spatial > 1) {
            INDArray rows = buffers.get(0, n * channels, 1);
            NativeOp.matmul(perRow, ones(1, spatial, 1), rows, false, false);
            perRow = rows;
        }
        NativeOp.matmul(ones(2, 1, n), perRow.reshape('c', n, channels), out, false, false);
        return out;
    }

    /** The sums copied to Java, in double. */
    double[] toJava(INDArray x, int channels) {
        float[] f = NativeOp.floats(of(x, channels));
        double[] d = new double[channels];
        for (int c = 0; c < channels; c++) {
            d[c] = f[c];
        }
        return d;
    }

    private INDArray ones(int slot, long rows, long cols) {
        INDArray o = buffers.get(slot, rows, cols);
        if (o.getFloat(0) != 1f) {
            o.assign(1);
        }
        return o;
    }
}
