// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.util.Map;

import org.algoeff.workbench.io.idx.ImageDataset;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.TrainingEngine;

/**
 * A training engine without numerics (as the rerun package's test engine): accuracy rises as
 * 1 - 0.9 exp(-examples / scale), with a scale per recipe (a newer recipe learns faster) and per seed; asking for
 * CUDA falls back to CPU with a message, as the real engine does without a GPU; a hook runs after every minibatch.
 */
final class ScriptedEngine implements TrainingEngine {
    static final String FALLBACK = "CUDA requested but not usable here (test engine)";
    private final Map<String, Double> scales;
    private final Runnable afterBatch;

    ScriptedEngine(Map<String, Double> scales, Runnable afterBatch) {
        this.scales = scales;
        this.afterBatch = afterBatch;
    }

    @Override
    public TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads) {
        double scale = scales.getOrDefault(recipe.id(), 1e12) * (1 + 0.1 * seed);
        int batch = recipe.training().batchSize();
        int train = data.train().count();
        int test = data.test().count();
        return new TrainingSession() {
            private long examples;

            @Override
            public BackendInfo backend() {
                return new BackendInfo(backend, Backend.CPU, "test.ScriptedBackend", "NONE", 1, "test device",
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
