// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
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
    private final List<INDArray> testChunks;
    private final List<INDArray> validationChunks;
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
        testChunks = chunks(data.testExamples(), data::testSlice);
        validationChunks = chunks(data.validationExamples(), data::validationSlice);
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

    private List<INDArray> chunks(int count, java.util.function.BiFunction<Integer, Integer, float[]> slice) {
        List<INDArray> out = new ArrayList<>();
        for (int from = 0; from < count; from += EVAL_CHUNK) {
            int to = Math.min(count, from + EVAL_CHUNK);
            out.add(Nd4j.create(slice.apply(from, to), new long[] {to - from, data.inputSize()}));
        }
        return out;
    }

    @Override
    public double evaluate() {
        return data.testExamples() == 0 ? 0 : accuracy(testChunks, data::testLabel, data.testExamples());
    }

    @Override
    public double evaluateValidation() {
        return data.validationExamples() == 0 ? Double.NaN
                : accuracy(validationChunks, data::validationLabel, data.validationExamples());
    }

    private double accuracy(List<INDArray> chunks, java.util.function.IntUnaryOperator label, int count) {
        int correct = 0;
        int offset = 0;
        for (INDArray chunk : chunks) {
            INDArray predicted = net.output(chunk, false).argMax(1);
            for (int i = 0; i < chunk.rows(); i++) {
                if (predicted.getInt(i) == label.applyAsInt(offset + i)) {
                    correct++;
                }
            }
            offset += (int) chunk.rows();
        }
        return (double) correct / count;
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
