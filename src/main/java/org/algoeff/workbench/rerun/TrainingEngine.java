// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import org.algoeff.workbench.io.idx.ImageDataset;

/**
 * Service-provider interface of the numerical backend ({@code rerun.dl4j}), found with {@link java.util.ServiceLoader}
 * on the first rerun so that native code is never loaded at start-up. Implementations must not touch native code
 * in their constructor.
 */
public interface TrainingEngine {
    /**
     * Builds the recipe's network with {@code seed} and loads the data; may load the native backend.
     * {@code threads} &gt; 0 caps the CPU backend's native threads.
     */
    TrainingSession open(Recipe recipe, ImageDataset data, long seed, Backend backend, int threads);

    /** One network being trained; not thread-safe: one training thread calls it. */
    interface TrainingSession extends AutoCloseable {
        BackendInfo backend();

        /** Shuffles the training split for {@code epoch} (deterministically from the seed); returns its minibatches. */
        int startEpoch(int epoch);

        /** Trains on minibatch {@code batch} of the current epoch at {@code learningRate}; returns its examples. */
        int fitBatch(int batch, double learningRate);

        /** Mean loss of the last minibatch. */
        double lastLoss();

        /** Accuracy on the test split, 0..1. */
        double evaluate();

        /** Accuracy on the validation split, 0..1; NaN when the data set has none. */
        default double evaluateValidation() {
            return Double.NaN;
        }

        int testExamples();

        @Override
        void close();
    }
}
