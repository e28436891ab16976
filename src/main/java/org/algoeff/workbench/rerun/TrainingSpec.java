// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Objects;

/**
 * How a recipe trains: optimiser, learning rate and its schedule, minibatch size, epoch budget, regularisation,
 * initialisation and loss.
 *
 * @param optimizer      the update rule
 * @param learningRate   peak learning rate
 * @param momentum       momentum coefficient (classical or Nesterov), 0 where unused
 * @param weightDecay    decoupled weight decay for AdamW, L2 coefficient otherwise; 0 for none
 * @param schedule       how the rate changes over the budget
 * @param batchSize      examples per minibatch
 * @param maxEpochs      the recipe's full budget in whole epochs over the training split
 * @param weightInit     initialisation of the weights
 * @param loss           the training loss on the output layer
 * @param budgetEpochs   the budget in epochs when it is not whole (a tuning variation: 0.25, 0.5, 1.5); 0 = maxEpochs.
 *                       The learning-rate schedule spans this budget, so a one-cycle run of 0.5 epochs anneals in
 *                       half an epoch.
 */
public record TrainingSpec(Optimizer optimizer, double learningRate, double momentum, double weightDecay,
        LearningRateSchedule schedule, int batchSize, int maxEpochs, WeightInit weightInit, Loss loss,
        double budgetEpochs) {
    public TrainingSpec {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(loss, "loss");
        if (!(learningRate > 0) || batchSize <= 0 || maxEpochs <= 0 || !(budgetEpochs >= 0)) {
            throw new IllegalArgumentException("learning rate, batch size and epochs must be positive");
        }
    }

    /** Softmax cross-entropy, whole-epoch budget. */
    public TrainingSpec(Optimizer optimizer, double learningRate, double momentum, double weightDecay,
            LearningRateSchedule schedule, int batchSize, int maxEpochs, WeightInit weightInit) {
        this(optimizer, learningRate, momentum, weightDecay, schedule, batchSize, maxEpochs, weightInit,
                Loss.SOFTMAX_CROSS_ENTROPY, 0);
    }

    public TrainingSpec withMaxEpochs(int epochs) {
        return new TrainingSpec(optimizer, learningRate, momentum, weightDecay, schedule, batchSize, epochs, weightInit,
                loss, 0);
    }

    /** The same training with a budget of {@code epochs} (fractional allowed), its schedule spanning it. */
    public TrainingSpec withBudgetEpochs(double epochs) {
        if (!(epochs > 0)) {
            throw new IllegalArgumentException("budget must be positive: " + epochs);
        }
        return new TrainingSpec(optimizer, learningRate, momentum, weightDecay, schedule, batchSize,
                (int) Math.ceil(epochs), weightInit, loss, epochs);
    }

    public TrainingSpec withLearningRate(double rate) {
        return new TrainingSpec(optimizer, rate, momentum, weightDecay, schedule, batchSize, maxEpochs, weightInit, loss,
                budgetEpochs);
    }

    public TrainingSpec withOptimizer(Optimizer o, double newMomentum) {
        return new TrainingSpec(o, learningRate, newMomentum, weightDecay, schedule, batchSize, maxEpochs, weightInit,
                loss, budgetEpochs);
    }

    public TrainingSpec withInitAndLoss(WeightInit init, Loss newLoss) {
        return new TrainingSpec(optimizer, learningRate, momentum, weightDecay, schedule, batchSize, maxEpochs, init,
                newLoss, budgetEpochs);
    }

    /** The budget in epochs, fractional when set so. */
    public double epochs() {
        return budgetEpochs > 0 ? budgetEpochs : maxEpochs;
    }

    /** The update rule; MOMENTUM is the classical rule of Rumelhart, Hinton &amp; Williams (1986). */
    public enum Optimizer { SGD, MOMENTUM, NESTEROV, ADAM, ADAMW }

    /**
     * Weight initialisation: Xavier/Glorot (2010) and He (2015) scale with fan-in/out; UNIFORM_SMALL draws every weight
     * from U(-0.1, 0.1) ("small random weights", Rumelhart, Hinton &amp; Williams 1986); GAUSSIAN_SMALL from
     * N(0, 0.01^2) with biases 1 in the hidden layers after the first (Krizhevsky, Sutskever &amp; Hinton 2012).
     */
    public enum WeightInit {
        XAVIER, HE, UNIFORM_SMALL, GAUSSIAN_SMALL;

        /** Half-width of UNIFORM_SMALL. */
        public static final double UNIFORM_HALF_WIDTH = 0.1;
        /** Standard deviation of GAUSSIAN_SMALL. */
        public static final double GAUSSIAN_STD = 0.01;
        /** GAUSSIAN_SMALL's bias of the hidden layers after the first (AlexNet: "with the constant 1"). */
        public static final double GAUSSIAN_HIDDEN_BIAS = 1;
    }

    /**
     * The loss: softmax cross-entropy (Bridle 1990; the modern default), or the squared error of sigmoid outputs,
     * E = 1/2 sum over outputs (y - d)^2 per example (Rumelhart, Hinton &amp; Williams 1986), averaged over the minibatch.
     */
    public enum Loss { SOFTMAX_CROSS_ENTROPY, SIGMOID_SQUARED_ERROR }
}
