// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Objects;

import org.algoeff.workbench.compute.Flops;

/**
 * One layer of a recipe's network, as data: the single description from which both the FLOP count and the DL4J
 * network are built, so the two cannot drift apart. Convolutions and pooling use "truncate" padding arithmetic:
 * out = (in + 2 x padding - kernel) / stride + 1.
 */
public sealed interface LayerSpec {
    /** Shape of this layer's output for the given input shape. */
    TensorShape outputShape(TensorShape in);

    /** Forward FLOPs per example (0 for layers we do not count). */
    long forwardFlops(TensorShape in);

    /** Trainable parameters (weights, biases, batch-norm scale and shift). */
    long parameters(TensorShape in);

    /** Short text for listings, e.g. "conv 5x5x6 s1 p2 tanh". */
    String describe();

    private static int convOut(int in, int kernel, int stride, int padding) {
        int out = (in + 2 * padding - kernel) / stride + 1;
        if (out <= 0 || in + 2 * padding < kernel) {
            throw new IllegalArgumentException("kernel " + kernel + " does not fit input " + in);
        }
        return out;
    }

    private static String act(Activation a) {
        return a.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A full 2-D convolution with a bias per output channel. */
    record Conv(int kernel, int filters, int stride, int padding, Activation activation) implements LayerSpec {
        public Conv {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public TensorShape outputShape(TensorShape in) {
            return new TensorShape(filters, convOut(in.height(), kernel, stride, padding),
                    convOut(in.width(), kernel, stride, padding));
        }

        @Override
        public long forwardFlops(TensorShape in) {
            TensorShape out = outputShape(in);
            return Flops.conv2d(kernel, kernel, in.channels(), 1, filters, out.height(), out.width());
        }

        @Override
        public long parameters(TensorShape in) {
            return (long) kernel * kernel * in.channels() * filters + filters;
        }

        @Override
        public String describe() {
            return "conv " + kernel + "x" + kernel + "x" + filters + " s" + stride + " p" + padding + " " + act(activation);
        }
    }

    /** A depthwise 2-D convolution (groups = input channels) with a bias per output channel. */
    record DepthwiseConv(int kernel, int multiplier, int stride, int padding, Activation activation) implements LayerSpec {
        public DepthwiseConv {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public TensorShape outputShape(TensorShape in) {
            return new TensorShape(in.channels() * multiplier, convOut(in.height(), kernel, stride, padding),
                    convOut(in.width(), kernel, stride, padding));
        }

        @Override
        public long forwardFlops(TensorShape in) {
            TensorShape out = outputShape(in);
            return Flops.conv2d(kernel, kernel, in.channels(), in.channels(), out.channels(), out.height(), out.width());
        }

        @Override
        public long parameters(TensorShape in) {
            long out = (long) in.channels() * multiplier;
            return (long) kernel * kernel * out + out;
        }

        @Override
        public String describe() {
            return "depthwise " + kernel + "x" + kernel + " x" + multiplier + " s" + stride + " p" + padding + " "
                    + act(activation);
        }
    }

    /** Max or average pooling (not counted). */
    record Pool(boolean max, int kernel, int stride) implements LayerSpec {
        @Override
        public TensorShape outputShape(TensorShape in) {
            return new TensorShape(in.channels(), convOut(in.height(), kernel, stride, 0),
                    convOut(in.width(), kernel, stride, 0));
        }

        @Override
        public long forwardFlops(TensorShape in) {
            return 0;
        }

        @Override
        public long parameters(TensorShape in) {
            return 0;
        }

        @Override
        public String describe() {
            return (max ? "maxpool " : "avgpool ") + kernel + "x" + kernel + " s" + stride;
        }
    }

    /** Batch normalisation over channels followed by an activation (neither counted). */
    record BatchNorm(Activation activation) implements LayerSpec {
        public BatchNorm {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public TensorShape outputShape(TensorShape in) {
            return in;
        }

        @Override
        public long forwardFlops(TensorShape in) {
            return 0;
        }

        @Override
        public long parameters(TensorShape in) {
            return 2L * in.channels();
        }

        @Override
        public String describe() {
            return "batchnorm " + act(activation);
        }
    }

    /** Dropout with the given probability of dropping a unit during training (not counted). */
    record Dropout(double dropProbability) implements LayerSpec {
        public Dropout {
            if (!(dropProbability > 0 && dropProbability < 1)) {
                throw new IllegalArgumentException("drop probability must be in (0, 1): " + dropProbability);
            }
        }

        @Override
        public TensorShape outputShape(TensorShape in) {
            return in;
        }

        @Override
        public long forwardFlops(TensorShape in) {
            return 0;
        }

        @Override
        public long parameters(TensorShape in) {
            return 0;
        }

        @Override
        public String describe() {
            return "dropout " + dropProbability;
        }
    }

    /** Global average pooling over height and width (not counted). */
    record GlobalAvgPool() implements LayerSpec {
        @Override
        public TensorShape outputShape(TensorShape in) {
            return TensorShape.flat(in.channels());
        }

        @Override
        public long forwardFlops(TensorShape in) {
            return 0;
        }

        @Override
        public long parameters(TensorShape in) {
            return 0;
        }

        @Override
        public String describe() {
            return "global avgpool";
        }
    }

    /** A dense layer on the flattened input; {@code output} marks the softmax + cross-entropy output layer. */
    record Dense(int units, Activation activation, boolean output) implements LayerSpec {
        public Dense {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public TensorShape outputShape(TensorShape in) {
            return TensorShape.flat(units);
        }

        @Override
        public long forwardFlops(TensorShape in) {
            return Flops.dense(in.size(), units);
        }

        @Override
        public long parameters(TensorShape in) {
            return in.size() * units + units;
        }

        @Override
        public String describe() {
            return output ? "output " + units + " softmax" : "dense " + units + " " + act(activation);
        }
    }
}
