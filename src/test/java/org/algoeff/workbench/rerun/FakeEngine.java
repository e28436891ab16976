// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import org.algoeff.workbench.io.idx.ImageDataset;

/** A training engine without numerics: accuracy rises as 1 - 0.9 exp(-examples / scale), loss falls with it. */
final class FakeEngine implements TrainingEngine {
    final double scale;
    int opened;

    FakeEngine(double scale) {
        this.scale = scale;
    }

    @Override
    public TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads) {
        opened++;
        int batch = recipe.training().batchSize();
        int train = data.train().count();
        int test = data.test().count();
        return new TrainingSession() {
            private long examples;
            private int epochSize = train;

            @Override
            public BackendInfo backend() {
                return new BackendInfo(backend, Backend.CPU, "FakeBackend", "none", 1, "test", "");
            }

            @Override
            public int startEpoch(int epoch) {
                return (epochSize + batch - 1) / batch;
            }

            @Override
            public int fitBatch(int b, double learningRate) {
                int n = Math.min(batch, epochSize - b * batch);
                examples += n;
                return n;
            }

            @Override
            public double lastLoss() {
                return 2.3 * Math.exp(-examples / scale);
            }

            @Override
            public double evaluate() {
                return 1 - 0.9 * Math.exp(-examples / scale);
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
