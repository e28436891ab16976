// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import org.algoeff.workbench.rerun.Architecture;
import org.algoeff.workbench.rerun.LayerSpec;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TensorShape;
import org.algoeff.workbench.rerun.TrainingSpec;

/**
 * Builds a DL4J network configuration from a recipe's {@link Architecture} (the same description the FLOP counter
 * reads). Convolutions use truncate mode with explicit padding, matching {@link LayerSpec}'s shape arithmetic.
 */
final class NetworkBuilder {
    private NetworkBuilder() {
    }

    /** The configuration and, for each spec layer, the index of its first DL4J layer. */
    record Built(MultiLayerConfiguration conf, int[] firstLayerOfSpec) {
    }

    static Built build(Recipe recipe, long seed) {
        TrainingSpec t = recipe.training();
        boolean squared = t.loss() == TrainingSpec.Loss.SIGMOID_SQUARED_ERROR;
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater(t))
                .weightInit(weightInit(t.weightInit()))
                .convolutionMode(ConvolutionMode.Truncate)
                // Workspaces reuse the per-minibatch buffers instead of allocating off-heap memory every step.
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        if (t.weightDecay() > 0) {
            if (t.optimizer() == TrainingSpec.Optimizer.ADAMW) {
                b.weightDecay(t.weightDecay(), true); // decoupled from the Adam update (Loshchilov & Hutter)
            } else {
                b.l2(t.weightDecay());
            }
        }
        NeuralNetConfiguration.ListBuilder list = b.list();
        List<Integer> first = new ArrayList<>();
        int index = 0;
        int weighted = 0;
        for (LayerSpec spec : recipe.architecture().layers()) {
            first.add(index);
            boolean hasWeights = spec instanceof LayerSpec.Conv || spec instanceof LayerSpec.Dense;
            boolean output = spec instanceof LayerSpec.Dense d && d.output();
            // AlexNet's N(0, 0.01^2) comes with biases of 1 in the hidden layers after the first
            double bias = t.weightInit() == TrainingSpec.WeightInit.GAUSSIAN_SMALL && hasWeights && weighted > 0
                    && !output ? TrainingSpec.WeightInit.GAUSSIAN_HIDDEN_BIAS : 0;
            weighted += hasWeights ? 1 : 0;
            for (Layer layer : layers(spec, squared)) {
                if (bias != 0 && layer instanceof org.deeplearning4j.nn.conf.layers.BaseLayer base) {
                    base.setBiasInit(bias);
                }
                list.layer(index++, layer);
            }
        }
        TensorShape in = recipe.architecture().input();
        list.setInputType(in.height() == 1 && in.width() == 1 ? InputType.feedForward(in.channels())
                : InputType.convolutionalFlat(in.height(), in.width(), in.channels()));
        return new Built(list.build(), first.stream().mapToInt(Integer::intValue).toArray());
    }

    private static org.deeplearning4j.nn.weights.IWeightInit weightInit(TrainingSpec.WeightInit init) {
        switch (init) {
            case HE:
                return WeightInit.RELU.getWeightInitFunction();
            case UNIFORM_SMALL:
                double a = TrainingSpec.WeightInit.UNIFORM_HALF_WIDTH;
                return new org.deeplearning4j.nn.weights.WeightInitDistribution(
                        new org.deeplearning4j.nn.conf.distribution.UniformDistribution(-a, a));
            case GAUSSIAN_SMALL:
                return new org.deeplearning4j.nn.weights.WeightInitDistribution(
                        new org.deeplearning4j.nn.conf.distribution.NormalDistribution(0,
                                TrainingSpec.WeightInit.GAUSSIAN_STD));
            default:
                return WeightInit.XAVIER.getWeightInitFunction();
        }
    }

    /**
     * DL4J's squared loss is sum (y - d)^2 = 2 E, so its learning rate is halved to take the step the ops engine's
     * E = 1/2 sum (y - d)^2 takes.
     */
    static double learningRateScale(TrainingSpec t) {
        return t.loss() == TrainingSpec.Loss.SIGMOID_SQUARED_ERROR ? 0.5 : 1;
    }

    private static IUpdater updater(TrainingSpec t) {
        double rate = t.learningRate() * learningRateScale(t);
        switch (t.optimizer()) {
            case NESTEROV:
            case MOMENTUM: // DL4J has no classical momentum; Nesterov's is its closest rule (docs/rerun.md)
                return new Nesterovs(rate, t.momentum());
            case ADAM:
            case ADAMW:
                return new Adam(rate);
            default:
                return new Sgd(rate);
        }
    }

    /** The DL4J layers that implement one spec layer (batch norm + activation are two). */
    static List<Layer> layers(LayerSpec spec) {
        return layers(spec, false);
    }

    /** As {@link #layers(LayerSpec)}; the output layer has sigmoid units and the squared loss when asked. */
    static List<Layer> layers(LayerSpec spec, boolean squaredError) {
        if (spec instanceof LayerSpec.Conv c) {
            return List.of(new ConvolutionLayer.Builder(c.kernel(), c.kernel()).stride(c.stride(), c.stride())
                    .padding(c.padding(), c.padding()).nOut(c.filters()).activation(activation(c.activation())).build());
        }
        if (spec instanceof LayerSpec.DepthwiseConv d) {
            return List.of(new DepthwiseConvolution2D.Builder(d.kernel(), d.kernel()).stride(d.stride(), d.stride())
                    .padding(d.padding(), d.padding()).depthMultiplier(d.multiplier())
                    .activation(activation(d.activation())).build());
        }
        if (spec instanceof LayerSpec.Pool p) {
            return List.of(new SubsamplingLayer.Builder(p.max() ? PoolingType.MAX : PoolingType.AVG)
                    .kernelSize(p.kernel(), p.kernel()).stride(p.stride(), p.stride()).build());
        }
        if (spec instanceof LayerSpec.BatchNorm n) {
            Layer bn = new BatchNormalization.Builder().build();
            return n.activation() == org.algoeff.workbench.rerun.Activation.IDENTITY ? List.of(bn)
                    : List.of(bn, new ActivationLayer.Builder().activation(activation(n.activation())).build());
        }
        if (spec instanceof LayerSpec.Dropout d) {
            return List.of(new DropoutLayer.Builder(1 - d.dropProbability()).build()); // DL4J takes the keep probability
        }
        if (spec instanceof LayerSpec.GlobalAvgPool) {
            return List.of(new GlobalPoolingLayer.Builder(PoolingType.AVG).build());
        }
        LayerSpec.Dense d = (LayerSpec.Dense) spec;
        if (d.output() && squaredError) {
            return List.of(new OutputLayer.Builder(new org.nd4j.linalg.lossfunctions.impl.LossL2()).nOut(d.units())
                    .activation(Activation.SIGMOID).build());
        }
        if (d.output()) {
            return List.of(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(d.units())
                    .activation(Activation.SOFTMAX).build());
        }
        return List.of(new DenseLayer.Builder().nOut(d.units()).activation(activation(d.activation())).build());
    }

    private static Activation activation(org.algoeff.workbench.rerun.Activation a) {
        switch (a) {
            case SIGMOID:
                return Activation.SIGMOID;
            case TANH:
                return Activation.TANH;
            case RELU:
                return Activation.RELU;
            default:
                return Activation.IDENTITY;
        }
    }
}
