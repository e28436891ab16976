// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.io.idx.ImageDataset.LabeledImages;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;

/**
 * One DL4J network in training, with the data held as Java float arrays and copied into one minibatch at a time
 * (our own iterator over the IDX arrays; deeplearning4j-core's are not on the class path).
 */
final class Dl4jSession implements TrainingSession {
    private static final int EVAL_CHUNK = 500;

    private final MultiLayerNetwork net;
    private final BackendInfo backend;
    private final long seed;
    private final int batchSize;
    private final int inputSize;
    private final int classes;
    private final float[] trainX;
    private final int[] trainY;
    private final int[] order;
    private final List<INDArray> testChunks = new ArrayList<>();
    private final int[] testY;
    private final float[] batchX;
    private final float[] batchY;
    private double learningRate;

    Dl4jSession(Recipe recipe, ImageDataset data, long seed, BackendInfo backend) {
        this.backend = backend;
        this.seed = seed;
        this.batchSize = recipe.training().batchSize();
        this.inputSize = (int) recipe.architecture().input().size();
        this.classes = recipe.architecture().classes();
        this.learningRate = recipe.training().learningRate();
        Nd4j.getRandom().setSeed(seed);
        net = new MultiLayerNetwork(NetworkBuilder.build(recipe, seed).conf());
        net.init();
        trainX = pixels(data.train());
        trainY = labels(data.train());
        order = new int[trainY.length];
        testY = labels(data.test());
        float[] testX = pixels(data.test());
        for (int from = 0; from < testY.length; from += EVAL_CHUNK) {
            int n = Math.min(EVAL_CHUNK, testY.length - from);
            float[] chunk = new float[n * inputSize];
            System.arraycopy(testX, from * inputSize, chunk, 0, chunk.length);
            testChunks.add(Nd4j.create(chunk, new long[] {n, inputSize}));
        }
        batchX = new float[batchSize * inputSize];
        batchY = new float[batchSize * classes];
    }

    private float[] pixels(LabeledImages split) {
        float[] x = new float[split.count() * inputSize];
        for (int i = 0; i < split.count(); i++) {
            split.images().copyScaled(i, x, i * inputSize);
        }
        return x;
    }

    private static int[] labels(LabeledImages split) {
        int[] y = new int[split.count()];
        for (int i = 0; i < y.length; i++) {
            y[i] = split.label(i);
        }
        return y;
    }

    @Override
    public BackendInfo backend() {
        return backend;
    }

    @Override
    public int startEpoch(int epoch) {
        // Fisher-Yates from a generator seeded by (seed, epoch): the same order on every machine and every run.
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + epoch);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return (order.length + batchSize - 1) / batchSize;
    }

    @Override
    public int fitBatch(int batch, double rate) {
        int from = batch * batchSize;
        int n = Math.min(batchSize, order.length - from);
        java.util.Arrays.fill(batchY, 0, n * classes, 0f);
        for (int i = 0; i < n; i++) {
            int item = order[from + i];
            System.arraycopy(trainX, item * inputSize, batchX, i * inputSize, inputSize);
            batchY[i * classes + trainY[item]] = 1f;
        }
        if (rate != learningRate) {
            net.setLearningRate(rate);
            learningRate = rate;
        }
        float[] xs = n == batchSize ? batchX : java.util.Arrays.copyOf(batchX, n * inputSize);
        float[] ys = n == batchSize ? batchY : java.util.Arrays.copyOf(batchY, n * classes);
        INDArray x = Nd4j.create(xs, new long[] {n, inputSize}, 'c');
        INDArray y = Nd4j.create(ys, new long[] {n, classes}, 'c');
        net.fit(x, y);
        return n;
    }

    @Override
    public double lastLoss() {
        return net.score();
    }

    @Override
    public double evaluate() {
        int correct = 0;
        int offset = 0;
        for (INDArray chunk : testChunks) {
            INDArray predicted = net.output(chunk, false).argMax(1);
            for (int i = 0; i < chunk.rows(); i++) {
                if (predicted.getInt(i) == testY[offset + i]) {
                    correct++;
                }
            }
            offset += (int) chunk.rows();
        }
        return testY.length == 0 ? 0 : (double) correct / testY.length;
    }

    @Override
    public int testExamples() {
        return testY.length;
    }

    @Override
    public void close() {
        net.close();
    }
}
