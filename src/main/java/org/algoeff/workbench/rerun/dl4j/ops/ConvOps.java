// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/**
 * 2-D convolution, NCHW, weights [kernel, kernel, inChannels, outChannels] (libnd4j weight format 0), bias per
 * output channel; or, {@code depthwise}, one filter bank per input channel with weights
 * [kernel, kernel, inChannels, multiplier] and outChannels = inChannels x multiplier.
 */
final class ConvOps implements OpsLayer {
    private final boolean depthwise;
    private final int outChannels;
    private final int outHeight;
    private final int outWidth;
    private final boolean inputGradient;
    private final int[] args;
    private final Param weights;
    private final Param bias;
    private final Geometry geometry;
    private final boolean correlationGradient;
    private final int[] correlationArgs;
    private final Buffers buffers = new Buffers();
    private final ChannelSums sums = new ChannelSums();
    private INDArray input;

    /** {@code multiplier} is the depth multiplier of a depthwise convolution, or 0 for a full one with {@code filters}. */
    ConvOps(Parameters params, Geometry g, int filters, int multiplier, double weightStd, boolean inputGradient) {
        this.depthwise = multiplier > 0;
        this.outChannels = depthwise ? g.inChannels() * multiplier : filters;
        this.outHeight = g.out(g.inHeight());
        this.outWidth = g.out(g.inWidth());
        this.inputGradient = inputGradient;
        // kH, kW, sH, sW, pH, pW, dH, dW, same-mode (0: explicit padding), data format (0: NCHW), weight format (0)
        this.args = new int[] {g.kernel(), g.kernel(), g.stride(), g.stride(), g.padding(), g.padding(), 1, 1, 0, 0, 0};
        this.weights = params.weight(weightStd, g.kernel(), g.kernel(), g.inChannels(), depthwise ? multiplier : filters);
        this.bias = params.constant(0, outChannels);
        this.geometry = g;
        // The first layer needs no input gradient, but conv2d_bp always computes one, and for one input channel
        // oneDNN's backward ran 3-6x longer than the forward. Its weight gradient is a correlation of the input with
        // the output gradient, i.e. one forward convolution: images [1, n, H, W] with "weights" dy as [outC, n, oH, oW].
        this.correlationGradient = !inputGradient && !depthwise && g.inChannels() == 1 && g.stride() == 1;
        this.correlationArgs = new int[] {outHeight, outWidth, 1, 1, g.padding(), g.padding(), 1, 1, 0, 0, 1};
    }

    /** Kernel geometry and input size: square kernels, equal stride and padding in both directions. */
    record Geometry(int kernel, int stride, int padding, int inChannels, int inHeight, int inWidth) {
        int out(int in) {
            return (in + 2 * padding - kernel) / stride + 1;
        }
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        input = in;
        INDArray out = buffers.get(0, in.size(0), outChannels, outHeight, outWidth);
        NativeOp.exec(depthwise ? "depthwise_conv2d" : "conv2d", of(in, weights.value(), bias.value()), of(out), args);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        if (correlationGradient) {
            weightGradientByCorrelation(gradOut);
            return null;
        }
        INDArray gradIn = buffers.get(1, input.shape());
        NativeOp.exec(depthwise ? "depthwise_conv2d_bp" : "conv2d_bp", of(input, weights.value(), bias.value(), gradOut),
                of(gradIn, weights.grad(), bias.grad()), args);
        return inputGradient ? gradIn : null;
    }

    private void weightGradientByCorrelation(INDArray gradOut) {
        long n = input.size(0);
        int k = geometry.kernel();
        INDArray dy = buffers.get(2, outChannels, n, outHeight, outWidth);
        dy.assign(gradOut.permute(1, 0, 2, 3));
        INDArray out = buffers.get(3, 1, outChannels, k, k);
        NativeOp.exec("conv2d", of(input.reshape('c', 1, n, geometry.inHeight(), geometry.inWidth()), dy), of(out),
                correlationArgs);
        weights.grad().assign(out.reshape('c', outChannels, k, k).permute(1, 2, 0).reshape('c', k, k, 1, outChannels));
        sums.into(gradOut, outChannels, bias.grad().reshape('c', 1, outChannels));
    }

    /** The bias, for initialisations that start it away from 0 (AlexNet's 1). */
    Param bias() {
        return bias;
    }
}
