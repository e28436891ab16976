// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One rerun of one recipe with one seed.
 *
 * @param recipe           what to train
 * @param dataDir          MNIST-style IDX folder
 * @param target           accuracy to reach (0..1); NaN = the calibrated default of {@code dataDir};
 *                         +infinity = no target, train to the budget or the stop rule (calibration)
 * @param maxEpochs        budget in epochs; 0 = the recipe's own
 * @param seed             seed for initialisation, shuffling and dropout
 * @param backend          requested backend
 * @param trainLimit       use only the first N training digits; 0 = all
 * @param testLimit        use only the first N test digits; 0 = all
 * @param threads          native threads for the CPU backend; 0 = the backend's default (all cores)
 * @param logFile          where to write the JSONL log; null = no log
 * @param validationDigits the last N training digits (after {@code trainLimit}) form the validation split, on which
 *                         the target and the stop rule are read; 0 = none (they read the test split)
 * @param stop             when to stop before the budget
 */
public record RerunRequest(Recipe recipe, Path dataDir, double target, int maxEpochs, long seed, Backend backend,
        int trainLimit, int testLimit, int threads, Path logFile, int validationDigits, StopRule stop) {
    public RerunRequest {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(stop, "stop");
        if (!Double.isNaN(target) && target != Double.POSITIVE_INFINITY && !(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("target accuracy must be in (0, 1]: " + target);
        }
        if (maxEpochs < 0 || trainLimit < 0 || testLimit < 0 || threads < 0 || validationDigits < 0) {
            throw new IllegalArgumentException("epochs and limits must not be negative");
        }
    }

    /** A rerun without a validation split that stops at its target (the test split decides). */
    public RerunRequest(Recipe recipe, Path dataDir, double target, int maxEpochs, long seed, Backend backend,
            int trainLimit, int testLimit, int threads, Path logFile) {
        this(recipe, dataDir, target, maxEpochs, seed, backend, trainLimit, testLimit, threads, logFile, 0,
                StopRule.TARGET);
    }

    /** The validation split the CLI and the window use: 1,000 digits (a standard error of ~0.7 points at 95 %). */
    public static final int DEFAULT_VALIDATION_DIGITS = 1000;

    /**
     * {@link #DEFAULT_VALIDATION_DIGITS}, or a fifth of the training digits when only {@code trainLimit} (&gt; 0) of
     * them are used and 1,000 would take more than that.
     */
    public static int defaultValidation(int trainLimit) {
        return trainLimit > 0 ? Math.min(DEFAULT_VALIDATION_DIGITS, trainLimit / 5) : DEFAULT_VALIDATION_DIGITS;
    }

    /** Whole epochs the budget touches (the last may be cut short by a fractional budget). */
    public int effectiveEpochs() {
        return maxEpochs > 0 ? maxEpochs : recipe.training().maxEpochs();
    }

    /** The budget in epochs: {@code maxEpochs} when given, else the recipe's own (fractional when it is). */
    public double budgetEpochs() {
        return maxEpochs > 0 ? maxEpochs : recipe.training().epochs();
    }

    public RerunRequest withSeed(long newSeed, Path newLogFile) {
        return new RerunRequest(recipe, dataDir, target, maxEpochs, newSeed, backend, trainLimit, testLimit, threads,
                newLogFile, validationDigits, stop);
    }

    public RerunRequest withTarget(double newTarget) {
        return new RerunRequest(recipe, dataDir, newTarget, maxEpochs, seed, backend, trainLimit, testLimit, threads,
                logFile, validationDigits, stop);
    }

    public RerunRequest withRecipe(Recipe newRecipe) {
        return new RerunRequest(newRecipe, dataDir, target, maxEpochs, seed, backend, trainLimit, testLimit, threads,
                logFile, validationDigits, stop);
    }

    public RerunRequest withLogFile(Path newLogFile) {
        return new RerunRequest(recipe, dataDir, target, maxEpochs, seed, backend, trainLimit, testLimit, threads,
                newLogFile, validationDigits, stop);
    }

    /** The same rerun with its validation split and stop rule. */
    public RerunRequest withSplitAndStop(int newValidationDigits, StopRule newStop) {
        return new RerunRequest(recipe, dataDir, target, maxEpochs, seed, backend, trainLimit, testLimit, threads,
                logFile, newValidationDigits, newStop);
    }

    /** The same rerun with another epoch budget (0 = the recipe's own). */
    public RerunRequest withMaxEpochs(int epochs) {
        return new RerunRequest(recipe, dataDir, target, epochs, seed, backend, trainLimit, testLimit, threads,
                logFile, validationDigits, stop);
    }
}
