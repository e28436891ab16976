// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import org.algoeff.workbench.rerun.TrainingSpec;

import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.ints;
import static org.algoeff.workbench.rerun.dl4j.ops.NativeOp.of;

/**
 * The recipe's update rule over the flat parameter vector, as DL4J applies it: L2 adds {@code l2 x w} to the weight
 * gradients before the rule; SGD, Nesterov momentum and Adam are libnd4j's updater ops (the ones DL4J's own updaters
 * call), which turn the gradient into the step; AdamW's decoupled weight decay adds {@code lr x decay x w} to the
 * weights' step after the rule (Loshchilov &amp; Hutter 2019); then parameters -= step.
 */
final class Updater {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

    private final TrainingSpec spec;
    private final Parameters params;
    private final INDArray weights;
    private final INDArray weightGrads;
    private final INDArray first;
    private final INDArray second;
    private int iteration;

    Updater(TrainingSpec spec, Parameters params) {
        this.spec = spec;
        this.params = params;
        long w = params.weightCount();
        weights = w == 0 ? null : params.values().get(NDArrayIndex.interval(0, w));
        weightGrads = w == 0 ? null : params.grads().get(NDArrayIndex.interval(0, w));
        boolean adam = spec.optimizer() == TrainingSpec.Optimizer.ADAM || spec.optimizer() == TrainingSpec.Optimizer.ADAMW;
        boolean nesterov = spec.optimizer() == TrainingSpec.Optimizer.NESTEROV;
        first = adam || nesterov ? Nd4j.zeros(DataType.FLOAT, params.count()) : null;
        second = adam ? Nd4j.zeros(DataType.FLOAT, params.count()) : null;
    }

    /** Applies one step at {@code learningRate} with the gradients now in the flat gradient vector. */
    void apply(double learningRate) {
        INDArray grads = params.grads();
        boolean decoupled = spec.optimizer() == TrainingSpec.Optimizer.ADAMW;
        if (spec.weightDecay() > 0 && !decoupled && weights != null) {
            Nd4j.getBlasWrapper().level1().axpy(weights.length(), spec.weightDecay(), weights, weightGrads);
        }
        switch (spec.optimizer()) {
            case NESTEROV:
                NativeOp.exec("nesterovs_updater", of(grads, first), of(grads, first), ints(), learningRate,
                        spec.momentum());
                break;
            case ADAM:
            case ADAMW:
                NativeOp.exec("adam_updater", of(grads, second, first), of(grads, second, first), ints(iteration),
                        learningRate, BETA1, BETA2, ADAM_EPSILON);
                break;
            default:
                grads.muli(learningRate);
                break;
        }
        if (spec.weightDecay() > 0 && decoupled && weights != null) {
            Nd4j.getBlasWrapper().level1().axpy(weights.length(), learningRate * spec.weightDecay(), weights,
                    weightGrads);
        }
        params.values().subi(grads);
        iteration++;
    }
}
