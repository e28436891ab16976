// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/**
 * Batch normalisation over the channel axis (axis 1) of NCHW or [examples, features] activations, with DL4J's
 * defaults: epsilon 1e-5, running statistics kept with decay 0.9 and used for evaluation, scale 1 and shift 0 at
 * the start (Ioffe &amp; Szegedy 2015).
 */
final class BatchNormOps implements OpsLayer {
    private static final double EPSILON = 1e-5;
    private static final double DECAY = 0.9;
    private static final int[] ARGS = {1, 1, 1}; // apply scale, apply shift, channel axis 1

    private final int channels;
    private final int[] reduceAxes;
    private final Param scale;
    private final Param shift;
    private final INDArray runningMean;
    private final INDArray runningVariance;
    private final INDArray batchMean;
    private final INDArray batchVariance;
    private final INDArray gradMean;
    private final INDArray gradVariance;
    private final Buffers buffers = new Buffers();
    private INDArray input;

    BatchNormOps(Parameters params, int channels, boolean spatial) {
        this.channels = channels;
        this.reduceAxes = spatial ? new int[] {0, 2, 3} : new int[] {0};
        this.scale = params.constant(1, channels);
        this.shift = params.constant(0, channels);
        runningMean = Nd4j.zeros(DataType.FLOAT, channels);
        runningVariance = Nd4j.ones(DataType.FLOAT, channels);
        batchMean = Nd4j.create(DataType.FLOAT, channels);
        batchVariance = Nd4j.create(DataType.FLOAT, channels);
        gradMean = Nd4j.create(DataType.FLOAT, channels);
        gradVariance = Nd4j.create(DataType.FLOAT, channels);
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        input = in;
        INDArray out = buffers.get(0, in.shape());
        INDArray mean = runningMean;
        INDArray variance = runningVariance;
        if (training) {
            NativeOp.exec("moments", of(in), of(batchMean, batchVariance), reduceAxes);
            runningMean.muli(DECAY).addi(batchMean.mul(1 - DECAY));
            runningVariance.muli(DECAY).addi(batchVariance.mul(1 - DECAY));
            mean = batchMean;
            variance = batchVariance;
        }
        NativeOp.exec("batchnorm", of(in, mean, variance, scale.value(), shift.value()), of(out), ARGS, EPSILON);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        INDArray gradIn = buffers.get(1, input.shape());
        NativeOp.exec("batchnorm_bp", of(input, batchMean, batchVariance, scale.value(), shift.value(), gradOut),
                of(gradIn, gradMean, gradVariance, scale.grad(), shift.grad()), ARGS, EPSILON);
        return gradIn;
    }

    int channels() {
        return channels;
    }
}
