// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.Arrays;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;

/**
 * One recipe trained as a DL4J {@link MultiLayerNetwork} (the reference engine, {@code -Dalgoeff.engine=network}):
 * DL4J's own layers, with its oneDNN layer helpers where {@link Dl4jHelpers} could enable them.
 */
final class MultiLayerNetworkSession implements TrainingSession {
    private static final int EVAL_CHUNK = 500;

    private final MultiLayerNetwork net;
    private final BackendInfo backend;
    private final MinibatchSource data;
    private final EvaluationSplits eval;
    private final float[] batchX;
    private final float[] batchY;
    private double learningRate;
    private final double rateScale;

    MultiLayerNetworkSession(Recipe recipe, ImageDataset images, long seed, BackendInfo backend) {
        this.backend = backend;
        this.learningRate = recipe.training().learningRate();
        this.rateScale = NetworkBuilder.learningRateScale(recipe.training());
        data = new MinibatchSource(images, seed, recipe.training().batchSize(),
                (int) recipe.architecture().input().size(), recipe.architecture().classes());
        Nd4j.getRandom().setSeed(seed);
        net = new MultiLayerNetwork(NetworkBuilder.build(recipe, seed).conf());
        net.init();
        eval = new EvaluationSplits(data, EVAL_CHUNK);
        batchX = new float[data.batchSize() * data.inputSize()];
        batchY = new float[data.batchSize() * data.classes()];
    }

    @Override
    public BackendInfo backend() {
        return backend;
    }

    @Override
    public int startEpoch(int epoch) {
        return data.startEpoch(epoch);
    }

    @Override
    public int fitBatch(int batch, double rate) {
        int n = data.fill(batch, batchX, batchY);
        if (rate != learningRate) {
            net.setLearningRate(rate * rateScale);
            learningRate = rate;
        }
        float[] xs = n == data.batchSize() ? batchX : Arrays.copyOf(batchX, n * data.inputSize());
        float[] ys = n == data.batchSize() ? batchY : Arrays.copyOf(batchY, n * data.classes());
        net.fit(Nd4j.create(xs, new long[] {n, data.inputSize()}, 'c'), Nd4j.create(ys, new long[] {n, data.classes()}, 'c'));
        return n;
    }

    @Override
    public double lastLoss() {
        return net.score();
    }

    @Override
    public double evaluate() {
        return eval.testAccuracy(x -> net.output(x, false));
    }

    @Override
    public double evaluateValidation() {
        return eval.validationAccuracy(x -> net.output(x, false));
    }

    @Override
    public int testExamples() {
        return data.testExamples();
    }

    @Override
    public void close() {
        net.close();
    }
}
