// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.rerun.Activation;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.ints;
import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/** Element-wise sigmoid, tanh or ReLU; the backward ops take the pre-activation input. */
final class ActivationOps implements OpsLayer {
    private final String op;
    private final boolean relu;
    private final double[] floatArgs;
    private final Buffers buffers = new Buffers();
    private INDArray input;

    ActivationOps(Activation activation) {
        relu = activation == Activation.RELU;
        switch (activation) {
            case SIGMOID:
                op = "sigmoid";
                floatArgs = new double[0];
                break;
            case TANH:
                op = "tanh";
                floatArgs = new double[0];
                break;
            case RELU:
                op = "relu";
                floatArgs = new double[] {0.0}; // cut-off
                break;
            default:
                throw new IllegalArgumentException("no activation layer for " + activation);
        }
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        input = in;
        INDArray out = buffers.get(0, in.shape());
        NativeOp.exec(op, of(in), of(out), ints(), floatArgs);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        INDArray gradIn = buffers.get(1, input.shape());
        if (relu) {
            // The step mask times the gradient, two streaming ops: libnd4j's relu_bp took 5-10x longer.
            INDArray mask = buffers.get(2, input.shape());
            Nd4j.exec(new Step(input, mask));
            return gradOut.mul(mask, gradIn);
        }
        NativeOp.exec(op + "_bp", of(input, gradOut), of(gradIn), ints(), floatArgs);
        return gradIn;
    }
}
