// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/**
 * The learning rate as a fraction of its peak, over the fraction of the training budget done (0..1).
 * One-cycle: linear warm-up over the first 30 % from 1/25 of the peak, then cosine annealing to 1/10^4 (Smith 2018,
 * as in PyTorch's OneCycleLR defaults); cosine: SGDR without restarts (Loshchilov &amp; Hutter 2017); step: divided by
 * 10 at half and again at three quarters of the budget (the step decay of the 2015-16 ImageNet recipes, e.g. He et
 * al. 2016; Ioffe &amp; Szegedy 2015 decayed the rate in steps as well).
 */
public enum LearningRateSchedule {
    CONSTANT, COSINE, ONE_CYCLE, STEP;

    private static final double WARMUP = 0.3;
    private static final double START_DIVISOR = 25;
    private static final double END_DIVISOR = 1e4;

    /** Multiplier of the peak rate when {@code budgetFraction} of the budget is done; clamps to 0..1. */
    public double factor(double budgetFraction) {
        double t = Math.max(0, Math.min(1, budgetFraction));
        switch (this) {
            case STEP:
                return t < 0.5 ? 1 : t < 0.75 ? 0.1 : 0.01;
            case COSINE:
                return 0.5 * (1 + Math.cos(Math.PI * t));
            case ONE_CYCLE:
                double start = 1 / START_DIVISOR;
                if (t < WARMUP) {
                    return start + (1 - start) * t / WARMUP;
                }
                double end = start / END_DIVISOR;
                double u = (t - WARMUP) / (1 - WARMUP);
                return end + (1 - end) * 0.5 * (1 + Math.cos(Math.PI * u));
            default:
                return 1;
        }
    }
}
