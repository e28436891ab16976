// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One rerun of one recipe with one seed.
 *
 * @param recipe     what to train
 * @param dataDir    MNIST-style IDX folder
 * @param target     test accuracy to stop at (0..1); NaN = the calibrated default of {@code dataDir};
 *                   +infinity = no target, train the whole budget (calibration)
 * @param maxEpochs  budget in epochs; 0 = the recipe's own
 * @param seed       seed for initialisation, shuffling and dropout
 * @param backend    requested backend
 * @param trainLimit use only the first N training digits; 0 = all
 * @param testLimit  use only the first N test digits; 0 = all
 * @param threads    native threads for the CPU backend; 0 = the backend's default (all cores)
 * @param logFile    where to write the JSONL log; null = no log
 */
public record RerunRequest(Recipe recipe, Path dataDir, double target, int maxEpochs, long seed, Backend backend,
        int trainLimit, int testLimit, int threads, Path logFile) {
    public RerunRequest {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(backend, "backend");
        if (!Double.isNaN(target) && target != Double.POSITIVE_INFINITY && !(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("target accuracy must be in (0, 1]: " + target);
        }
        if (maxEpochs < 0 || trainLimit < 0 || testLimit < 0 || threads < 0) {
            throw new IllegalArgumentException("epochs and limits must not be negative");
        }
    }

    public int effectiveEpochs() {
        return maxEpochs > 0 ? maxEpochs : recipe.training().maxEpochs();
    }

    public RerunRequest withSeed(long newSeed, Path newLogFile) {
        return new RerunRequest(recipe, dataDir, target, maxEpochs, newSeed, backend, trainLimit, testLimit, threads,
                newLogFile);
    }

    public RerunRequest withTarget(double newTarget) {
        return new RerunRequest(recipe, dataDir, newTarget, maxEpochs, seed, backend, trainLimit, testLimit, threads,
                logFile);
    }
}
