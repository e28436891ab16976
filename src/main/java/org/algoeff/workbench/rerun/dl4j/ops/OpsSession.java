// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine.TrainingSession;
import org.algoeff.workbench.rerun.dl4j.EvaluationSplits;
import org.algoeff.workbench.rerun.dl4j.MinibatchSource;

/** One recipe trained by the ops engine ({@link OpsNetwork}); the default engine of {@code rerun.dl4j}. */
public final class OpsSession implements TrainingSession {
    /** Evaluation minibatch: large enough to amortise per-op overhead, small enough to keep buffers at a few MB. */
    private static final int EVAL_CHUNK = 250;

    private final BackendInfo backend;
    private final MinibatchSource data;
    private final OpsNetwork net;
    private final EvaluationSplits eval;
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
        eval = new EvaluationSplits(data, EVAL_CHUNK);
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

    @Override
    public double evaluate() {
        return eval.testAccuracy(net::predict);
    }

    @Override
    public double evaluateValidation() {
        return eval.validationAccuracy(net::predict);
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
