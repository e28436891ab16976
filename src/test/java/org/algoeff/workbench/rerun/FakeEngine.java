// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.function.ToDoubleBiFunction;

import org.algoeff.workbench.io.idx.ImageDataset;

/**
 * A training engine without numerics: accuracy rises as 1 - 0.9 exp(-examples / scale), loss falls with it. The
 * scale may depend on the recipe and seed (a newer recipe learns faster); asking for CUDA falls back to CPU with
 * {@link #FALLBACK}, as the real engine does without a GPU; a hook runs after every minibatch. With a validation split
 * its accuracy reads as the test accuracy, or {@link #withValidationGap} below it.
 */
public final class FakeEngine implements TrainingEngine {
    public static final String FALLBACK = "CUDA requested but not usable here (test engine)";
    private double validationGap;
    private final ToDoubleBiFunction<Recipe, Long> scale;
    private final Runnable afterBatch;
    int opened;

    FakeEngine(double scale) {
        this((recipe, seed) -> scale, () -> { });
    }

    public FakeEngine(ToDoubleBiFunction<Recipe, Long> scale, Runnable afterBatch) {
        this.scale = scale;
        this.afterBatch = afterBatch;
    }

    /** The validation split reads {@code gap} below the test split, so a test can tell which one decided. */
    public FakeEngine withValidationGap(double gap) {
        validationGap = gap;
        return this;
    }

    @Override
    public TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads) {
        opened++;
        double s = scale.applyAsDouble(recipe, seed);
        int batch = recipe.training().batchSize();
        int train = data.train().count();
        int test = data.test().count();
        boolean validation = data.validation().count() > 0;
        return new TrainingSession() {
            private long examples;

            @Override
            public BackendInfo backend() {
                return new BackendInfo(backend, Backend.CPU, "test.FakeBackend", "NONE", 1, "test device", "fake engine",
                        backend == Backend.CUDA ? FALLBACK : "");
            }

            @Override
            public int startEpoch(int epoch) {
                return (train + batch - 1) / batch;
            }

            @Override
            public int fitBatch(int b, double learningRate) {
                int n = Math.min(batch, train - b * batch);
                examples += n;
                afterBatch.run();
                return n;
            }

            @Override
            public double lastLoss() {
                return 2.3 * Math.exp(-examples / s);
            }

            @Override
            public double evaluate() {
                return 1 - 0.9 * Math.exp(-examples / s);
            }

            @Override
            public double evaluateValidation() {
                // a validation split reads a little lower than the test split, so tests can tell which one decided
                return validation ? evaluate() - validationGap : Double.NaN;
            }

            @Override
            public int testExamples() {
                return test;
            }

            @Override
            public void close() {
            }
        };
    }
}
