// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Locale;

/**
 * When a rerun stops before the end of its budget. Accuracies are those targets read ({@link EvalPoint#targetAccuracy}:
 * validation when there is a validation split). The budget always ends a rerun.
 *
 * @param atTarget            stop at the first evaluation at or above the request's target (Hernandez &amp; Brown's
 *                            "train to target"); false = a full curve, trained to the budget or the plateau
 * @param plateauFactor       training to convergence: stop once training {@code plateauFactor} times longer (examples)
 *                            raised the best accuracy by no more than {@code plateauDelta}, and at least
 *                            {@link #MIN_PLATEAU_EPOCHS} epochs were trained (a sigmoid network sits at chance for
 *                            a while before it learns); 0 = no plateau rule
 * @param plateauDelta        the smallest rise that counts as progress (fraction, e.g. 0.002)
 */
public record StopRule(boolean atTarget, double plateauFactor, double plateauDelta) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The plateau rule does not stop before this many epochs. */
    public static final double MIN_PLATEAU_EPOCHS = 2;

    /** Train to the target, then stop (the default of {@code algoeff rerun}). */
    public static final StopRule TARGET = new StopRule(true, 0, 0);
    /** Train the whole budget: one run gives compute-to-target at any target below its best accuracy. */
    public static final StopRule FULL_CURVE = new StopRule(false, 0, 0);
    /**
     * Train to convergence: stop once doubling the examples trained raised the best accuracy by no more than 0.002
     * (2 of 1,000 validation digits), after at least two epochs.
     */
    public static final StopRule CONVERGED = new StopRule(false, 2, 0.002);

    public StopRule {
        if (!(plateauFactor == 0 || plateauFactor > 1) || !(plateauDelta >= 0)) {
            throw new IllegalArgumentException("plateau factor must be 0 or above 1, delta not negative");
        }
    }

    /**
     * Whether the curve so far (its last point just evaluated) has converged: the best accuracy at or before
     * examples / plateauFactor is within plateauDelta of the best so far, with {@code trainDigits} per epoch.
     */
    public boolean plateaued(java.util.List<EvalPoint> curve, int trainDigits) {
        if (plateauFactor == 0 || curve.isEmpty()) {
            return false;
        }
        long examples = curve.get(curve.size() - 1).examples();
        if (examples < MIN_PLATEAU_EPOCHS * trainDigits) {
            return false;
        }
        double before = Double.NEGATIVE_INFINITY;
        double best = Double.NEGATIVE_INFINITY;
        for (EvalPoint p : curve) {
            best = Math.max(best, p.targetAccuracy());
            if (p.examples() <= examples / plateauFactor) {
                before = Math.max(before, p.targetAccuracy());
            }
        }
        return best <= before + plateauDelta;
    }

    /** "at target", "full curve" or "full curve, plateau x2 by 0.0020". */
    public String describe() {
        String base = atTarget ? "at target" : "full curve";
        return plateauFactor == 0 ? base : String.format(Locale.ROOT, "%s, plateau (x%s examples raised the best by "
                + "<= %.4f, after >= %s epochs)", base, plateauFactor, plateauDelta, MIN_PLATEAU_EPOCHS);
    }
}
