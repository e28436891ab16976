// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/** Max or average pooling, NCHW, square window, no padding. */
final class PoolOps implements OpsLayer {
    private final boolean max;
    private final int channels;
    private final int outHeight;
    private final int outWidth;
    private final int[] args;
    private final Buffers buffers = new Buffers();
    private INDArray input;

    PoolOps(boolean max, int kernel, int stride, int channels, int inHeight, int inWidth) {
        this.max = max;
        this.channels = channels;
        this.outHeight = (inHeight - kernel) / stride + 1;
        this.outWidth = (inWidth - kernel) / stride + 1;
        // kH, kW, sH, sW, pH, pW, dH, dW, same-mode, extra (average: 0 = divide by the window size), NHWC (0: NCHW)
        this.args = new int[] {kernel, kernel, stride, stride, 0, 0, 1, 1, 0, 0, 0};
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        input = in;
        INDArray out = buffers.get(0, in.size(0), channels, outHeight, outWidth);
        NativeOp.exec(max ? "maxpool2d" : "avgpool2d", of(in), of(out), args);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        INDArray gradIn = buffers.get(1, input.shape());
        NativeOp.exec(max ? "maxpool2d_bp" : "avgpool2d_bp", of(input, gradOut), of(gradIn), args);
        return gradIn;
    }
}
