// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Objects;

/**
 * How a recipe trains: optimiser, learning rate and its schedule, minibatch size, epoch budget, regularisation.
 *
 * @param optimizer      the update rule
 * @param learningRate   peak learning rate
 * @param momentum       momentum coefficient (Nesterov momentum), 0 where unused
 * @param weightDecay    decoupled weight decay for AdamW, L2 coefficient otherwise; 0 for none
 * @param schedule       how the rate changes over the budget
 * @param batchSize      examples per minibatch
 * @param maxEpochs      the recipe's full budget in epochs over the training split
 * @param weightInit     initialisation of the weights
 */
public record TrainingSpec(Optimizer optimizer, double learningRate, double momentum, double weightDecay,
        LearningRateSchedule schedule, int batchSize, int maxEpochs, WeightInit weightInit) {
    public TrainingSpec {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(weightInit, "weightInit");
        if (!(learningRate > 0) || batchSize <= 0 || maxEpochs <= 0) {
            throw new IllegalArgumentException("learning rate, batch size and epochs must be positive");
        }
    }

    public TrainingSpec withMaxEpochs(int epochs) {
        return new TrainingSpec(optimizer, learningRate, momentum, weightDecay, schedule, batchSize, epochs, weightInit);
    }

    /** The update rule. */
    public enum Optimizer { SGD, NESTEROV, ADAM, ADAMW }

    /** Weight initialisation: Xavier/Glorot (LeCun-style fan-in scaling for tanh and sigmoid) or He (for ReLU). */
    public enum WeightInit { XAVIER, HE }
}
