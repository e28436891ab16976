// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.io.idx.ImageDataset.LabeledImages;

/**
 * The training, validation and test digits as Java float arrays (pixels scaled to 0..1), the seeded shuffle of each epoch, and
 * the copy of one minibatch into caller-owned arrays: the part of a training session that does not depend on the
 * numerical engine. Not thread-safe.
 */
public final class MinibatchSource {
    private final long seed;
    private final int batchSize;
    private final int inputSize;
    private final int classes;
    private final float[] trainX;
    private final int[] trainY;
    private final int[] order;
    private final float[] testX;
    private final int[] testY;
    private final float[] validationX;
    private final int[] validationY;

    public MinibatchSource(ImageDataset data, long seed, int batchSize, int inputSize, int classes) {
        this.seed = seed;
        this.batchSize = batchSize;
        this.inputSize = inputSize;
        this.classes = classes;
        trainX = pixels(data.train(), inputSize);
        trainY = labels(data.train());
        order = new int[trainY.length];
        testX = pixels(data.test(), inputSize);
        testY = labels(data.test());
        validationX = pixels(data.validation(), inputSize);
        validationY = labels(data.validation());
    }

    private static float[] pixels(LabeledImages split, int inputSize) {
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

    /** Shuffles the training split for {@code epoch}; returns its number of minibatches (the last may be short). */
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

    /**
     * Copies minibatch {@code batch} of the current epoch into {@code x} (examples x inputSize) and {@code oneHot}
     * (examples x classes); returns its number of examples.
     */
    public int fill(int batch, float[] x, float[] oneHot) {
        int[] items = new int[batchSize];
        int n = items(batch, items, oneHot);
        for (int i = 0; i < n; i++) {
            System.arraycopy(trainX, items[i] * inputSize, x, i * inputSize, inputSize);
        }
        return n;
    }

    /**
     * Writes the training-split indices of minibatch {@code batch} of the current epoch into {@code items} and their
     * one-hot labels into {@code oneHot} (examples x classes); returns its number of examples.
     */
    public int items(int batch, int[] items, float[] oneHot) {
        int from = batch * batchSize;
        int n = Math.min(batchSize, order.length - from);
        Arrays.fill(oneHot, 0, n * classes, 0f);
        for (int i = 0; i < n; i++) {
            int item = order[from + i];
            items[i] = item;
            oneHot[i * classes + trainY[item]] = 1f;
        }
        return n;
    }

    /** All training pixels, examples x inputSize, row-major; not copied: do not modify. */
    public float[] trainPixels() {
        return trainX;
    }

    public int trainExamples() {
        return trainY.length;
    }

    public int batchSize() {
        return batchSize;
    }

    public int inputSize() {
        return inputSize;
    }

    public int classes() {
        return classes;
    }

    public int testExamples() {
        return testY.length;
    }

    public int testLabel(int i) {
        return testY[i];
    }

    /** Test examples {@code from} (inclusive) to {@code to} (exclusive), examples x inputSize. */
    public float[] testSlice(int from, int to) {
        return Arrays.copyOfRange(testX, from * inputSize, to * inputSize);
    }

    public int validationExamples() {
        return validationY.length;
    }

    public int validationLabel(int i) {
        return validationY[i];
    }

    /** Validation examples {@code from} (inclusive) to {@code to} (exclusive), examples x inputSize. */
    public float[] validationSlice(int from, int to) {
        return Arrays.copyOfRange(validationX, from * inputSize, to * inputSize);
    }
}
