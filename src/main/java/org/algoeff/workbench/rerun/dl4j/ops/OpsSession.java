// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;
import org.algoeff.workbench.rerun.dl4j.MinibatchSource;

/** One recipe trained by the ops engine ({@link OpsNetwork}); the default engine of {@code rerun.dl4j}. */
public final class OpsSession implements TrainingSession {
    /** Evaluation minibatch: large enough to amortise per-op overhead, small enough to keep buffers at a few MB. */
    private static final int EVAL_CHUNK = 250;

    private final BackendInfo backend;
    private final MinibatchSource data;
    private final OpsNetwork net;
    private final List<INDArray> testChunks;
    private final List<INDArray> validationChunks;
    private final INDArray trainPixels;
    private final INDArray batchX;
    private final int[] items;
    private final float[] batchY;

    /** Builds the network with {@code seed} (weights, dropout masks) and loads the data; ND4J must be started. */
    public OpsSession(Recipe recipe, ImageDataset images, long seed, BackendInfo backend) {
        this.backend = backend;
        data = new MinibatchSource(images, seed, recipe.training().batchSize(),
                (int) recipe.architecture().input().size(), recipe.architecture().classes());
        Nd4j.getRandom().setSeed(seed);
        net = new OpsNetwork(recipe, seed);
        testChunks = chunks(data.testExamples(), data::testSlice);
        validationChunks = chunks(data.validationExamples(), data::validationSlice);
        // The training digits live in native memory once (25 MB for 8,000); a minibatch is one native row gather,
        // which is cheaper than copying it in from Java (about 90 us for 32 digits) and stays on the GPU there.
        trainPixels = Nd4j.create(data.trainPixels(), new long[] {data.trainExamples(), data.inputSize()}, 'c');
        batchX = Nd4j.create(DataType.FLOAT, data.batchSize(), data.inputSize());
        items = new int[data.batchSize()];
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
    public int fitBatch(int batch, double learningRate) {
        int n = data.items(batch, items, batchY);
        boolean full = n == data.batchSize();
        INDArray x = full ? batchX : Nd4j.create(DataType.FLOAT, n, data.inputSize());
        Nd4j.pullRows(trainPixels, x, 1, full ? items : Arrays.copyOf(items, n));
        net.fit(x, full ? batchY : Arrays.copyOf(batchY, n * data.classes()), learningRate);
        return n;
    }

    @Override
    public double lastLoss() {
        return net.lastLoss();
    }

    private List<INDArray> chunks(int count, java.util.function.BiFunction<Integer, Integer, float[]> slice) {
        List<INDArray> out = new ArrayList<>();
        for (int from = 0; from < count; from += EVAL_CHUNK) {
            int to = Math.min(count, from + EVAL_CHUNK);
            out.add(Nd4j.create(slice.apply(from, to), new long[] {to - from, data.inputSize()}, 'c'));
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
            long[] predicted = net.predict(chunk).argMax(1).toLongVector();
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] == label.applyAsInt(offset + i)) {
                    correct++;
                }
            }
            offset += predicted.length;
        }
        return (double) correct / count;
    }

    @Override
    public int testExamples() {
        return data.testExamples();
    }

    @Override
    public void close() {
        // Buffers are freed by ND4J's deallocator when the session is collected; nothing is held natively here.
    }
}
