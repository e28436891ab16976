// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.rerun.Activation;
import org.algoeff.workbench.rerun.Architecture;
import org.algoeff.workbench.rerun.LayerSpec;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TensorShape;
import org.algoeff.workbench.rerun.TrainingSpec;

/**
 * A recipe's network as a chain of libnd4j ops with hand-written back-propagation: the layers of the recipe's
 * {@link Architecture} (the description the FLOP counter reads), one flat parameter vector, the recipe's update rule.
 * Weights start as DL4J's do: Xavier, N(0, 2 / (fanIn + fanOut)), or He, N(0, 2 / fanIn), with DL4J's fan-out of a
 * convolution (outChannels x kernel^2 / stride^2); biases at 0. Call {@code Nd4j.getRandom().setSeed} first.
 */
final class OpsNetwork {
    private final Parameters params = new Parameters();
    private final List<OpsLayer> layers = new ArrayList<>();
    private final OpsLoss loss;
    private final long[] inputShape;
    private final Updater updater;
    private final long seed;

    /** {@code seed} draws the dropout masks; the weights come from ND4J's generator (seed it first). */
    OpsNetwork(Recipe recipe, long seed) {
        this.seed = seed;
        Architecture a = recipe.architecture();
        TensorShape in = a.input();
        inputShape = new long[] {in.channels(), in.height(), in.width()};
        boolean he = recipe.training().weightInit() == TrainingSpec.WeightInit.HE;
        List<Architecture.LayerCost> costs = a.costs();
        for (int i = 0; i < costs.size(); i++) {
            Architecture.LayerCost cost = costs.get(i);
            Architecture.LayerCost next = i + 1 < costs.size() ? costs.get(i + 1) : null;
            if (next != null && reluBeforeMaxPool(cost.spec(), next.spec())) {
                // max(relu(x)) = relu(max(x)), values and gradients alike (ReLU is monotone): pooling first runs
                // the ReLU and its backward on a quarter of the activations.
                add(cost, he, i > 0, false);
                add(next, he, true, true);
                activation(Activation.RELU);
                i++;
            } else {
                add(cost, he, i > 0, true);
            }
        }
        params.allocate();
        initialiseWeights(recipe.training().weightInit());
        loss = recipe.training().loss() == TrainingSpec.Loss.SIGMOID_SQUARED_ERROR ? new SigmoidSquaredError()
                : new SoftmaxCrossEntropy();
        updater = new Updater(recipe.training(), params);
    }

    /**
     * (AlexNet's N(0, 0.01^2) also sets the biases of the hidden layers after the first to 1.)
     * The era's fixed-scale initialisations replace the fan-scaled draw over the whole weight range (weights come
     * first in the flat vector), from ND4J's seeded generator; biases stay 0.
     */
    private void initialiseWeights(TrainingSpec.WeightInit init) {
        long w = params.weightCount();
        if (w == 0 || init == TrainingSpec.WeightInit.XAVIER || init == TrainingSpec.WeightInit.HE) {
            return;
        }
        INDArray weights = params.values().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, w));
        if (init == TrainingSpec.WeightInit.UNIFORM_SMALL) {
            double a = TrainingSpec.WeightInit.UNIFORM_HALF_WIDTH;
            weights.assign(Nd4j.rand(DataType.FLOAT, w).muli(2 * a).subi(a));
        } else {
            weights.assign(Nd4j.randn(DataType.FLOAT, w).muli(TrainingSpec.WeightInit.GAUSSIAN_STD));
            // AlexNet: biases 1 in the hidden layers after the first, so that the ReLUs start in their linear part
            List<Param> biases = new ArrayList<>();
            for (OpsLayer layer : layers) {
                if (layer instanceof ConvOps c) {
                    biases.add(c.bias());
                } else if (layer instanceof DenseOps d) {
                    biases.add(d.bias());
                }
            }
            for (int i = 1; i < biases.size() - 1; i++) {
                biases.get(i).value().assign(TrainingSpec.WeightInit.GAUSSIAN_HIDDEN_BIAS);
            }
        }
    }

    private static boolean reluBeforeMaxPool(LayerSpec spec, LayerSpec next) {
        Activation a = spec instanceof LayerSpec.Conv c ? c.activation()
                : spec instanceof LayerSpec.BatchNorm b ? b.activation() : Activation.IDENTITY;
        return a == Activation.RELU && next instanceof LayerSpec.Pool p && p.max();
    }

    /** Adds the layer of {@code cost}, with its activation unless {@code withActivation} is false. */
    private void add(Architecture.LayerCost cost, boolean he, boolean inputGradient, boolean withActivation) {
        TensorShape in = cost.in();
        LayerSpec spec = cost.spec();
        if (spec instanceof LayerSpec.Conv c) {
            int k = c.kernel();
            double std = std(he, in.channels() * k * k, (double) c.filters() * k * k / (c.stride() * c.stride()));
            layers.add(new ConvOps(params, geometry(k, c.stride(), c.padding(), in), c.filters(), 0, std, inputGradient));
            activation(withActivation ? c.activation() : Activation.IDENTITY);
        } else if (spec instanceof LayerSpec.DepthwiseConv d) {
            int k = d.kernel();
            double std = std(he, k * k, (double) d.multiplier() * k * k / (d.stride() * d.stride()));
            layers.add(new ConvOps(params, geometry(k, d.stride(), d.padding(), in), 0, d.multiplier(), std,
                    inputGradient));
            activation(d.activation());
        } else if (spec instanceof LayerSpec.Pool p) {
            layers.add(new PoolOps(p.max(), p.kernel(), p.stride(), in.channels(), in.height(), in.width()));
        } else if (spec instanceof LayerSpec.BatchNorm b) {
            layers.add(new BatchNormOps(params, in.channels()));
            activation(withActivation ? b.activation() : Activation.IDENTITY);
        } else if (spec instanceof LayerSpec.Dropout d) {
            layers.add(new DropoutOps(1 - d.dropProbability(), seed));
        } else if (spec instanceof LayerSpec.GlobalAvgPool) {
            layers.add(new GlobalAvgPoolOps());
        } else {
            LayerSpec.Dense d = (LayerSpec.Dense) spec;
            int inputs = (int) in.size();
            layers.add(new DenseOps(params, inputs, d.units(), std(he, inputs, d.units()), inputGradient));
            if (!d.output()) {
                activation(d.activation());
            }
        }
    }

    private static ConvOps.Geometry geometry(int kernel, int stride, int padding, TensorShape in) {
        return new ConvOps.Geometry(kernel, stride, padding, in.channels(), in.height(), in.width());
    }

    private static double std(boolean he, double fanIn, double fanOut) {
        return Math.sqrt(he ? 2 / fanIn : 2 / (fanIn + fanOut));
    }

    private void activation(Activation a) {
        if (a != Activation.IDENTITY) {
            layers.add(new ActivationOps(a));
        }
    }

    /** Reshapes flat pixels [examples, c x h x w] to the network's input [examples, c, h, w] (a view). */
    private INDArray input(INDArray pixels) {
        return pixels.reshape('c', pixels.size(0), inputShape[0], inputShape[1], inputShape[2]);
    }

    /** Logits [examples, classes] of {@code pixels}, in evaluation mode (running batch-norm statistics, no dropout). */
    INDArray predict(INDArray pixels) {
        INDArray x = input(pixels);
        for (OpsLayer layer : layers) {
            x = layer.forward(x, false);
        }
        return x;
    }

    /** One training step on a minibatch: forward, loss gradient, backward, update; {@code oneHot} row-major. */
    void fit(INDArray pixels, float[] oneHot, double learningRate) {
        computeGradients(pixels, oneHot);
        updater.apply(learningRate);
    }

    /** Forward in training mode and back-propagation into the flat gradient vector, without an update. */
    void computeGradients(INDArray pixels, float[] oneHot) {
        INDArray x = input(pixels);
        for (OpsLayer layer : layers) {
            x = layer.forward(x, true);
        }
        INDArray grad = loss.gradient(x, oneHot);
        for (int i = layers.size() - 1; i >= 0 && grad != null; i--) {
            grad = layers.get(i).backward(grad);
        }
    }

    /** Mean loss of the last minibatch trained (before its update). */
    double lastLoss() {
        return loss.loss();
    }

    /** Trainable parameters (batch norm: scale and shift), as the FLOP counter counts them. */
    long parameterCount() {
        return params.count();
    }

    /** The flat parameter vector, weights first; for tests. */
    INDArray parameters() {
        return params.values();
    }

    /** The layers in order, the loss and the updater: for the per-layer profile (OpsProfileBenchmark). */
    List<OpsLayer> layers() {
        return layers;
    }

    OpsLoss loss() {
        return loss;
    }

    Updater updater() {
        return updater;
    }
}
