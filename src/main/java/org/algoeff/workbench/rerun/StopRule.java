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
 *                            raised the best accuracy by no more than the rule's rise, at every evaluation of the
 *                            last such span, which starts after at least {@link #MIN_PLATEAU_EPOCHS} epochs (a sigmoid
 *                            network sits at chance for a while before it learns); 0 = no plateau rule
 * @param plateauDelta        the smallest rise that counts as progress (fraction, e.g. 0.002)
 * @param plateauStandardErrors the smallest rise that counts as progress in standard errors of the best accuracy on
 *                            the split read, sqrt(p (1 - p) / n): a smaller rise is within what that split can tell
 *                            from noise; the larger of this and {@code plateauDelta} applies; 0 = none
 */
public record StopRule(boolean atTarget, double plateauFactor, double plateauDelta, double plateauStandardErrors)
        implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    /** The plateau rule does not stop before this many epochs. */
    public static final double MIN_PLATEAU_EPOCHS = 2;

    /** Train to the target, then stop (the default of {@code algoeff rerun}). */
    public static final StopRule TARGET = new StopRule(true, 0, 0, 0);
    /** Train the whole budget: one run gives compute-to-target at any target below its best accuracy. */
    public static final StopRule FULL_CURVE = new StopRule(false, 0, 0, 0);
    /**
     * Train to convergence: stop once doubling the examples trained raised the best accuracy by no more than one
     * standard error of that accuracy on the split read (0.0069 at 0.95 on 1,000 validation digits), at every
     * evaluation of a whole further doubling, starting after at least two epochs. A fixed rise such as 0.002 (2 digits
     * of 1,000) never fired within 400 epochs of mlp-1986, whose sigmoid units creep up by ~0.005 per doubling long
     * after the split can resolve it.
     */
    public static final StopRule CONVERGED = new StopRule(false, 2, 0, 1);

    public StopRule {
        if (!(plateauFactor == 0 || plateauFactor > 1) || !(plateauDelta >= 0) || !(plateauStandardErrors >= 0)) {
            throw new IllegalArgumentException("plateau factor must be 0 or above 1, deltas not negative");
        }
    }

    /** The same rule, stopping at the target as well (or not). */
    public StopRule atTarget(boolean stopAtTarget) {
        return new StopRule(stopAtTarget, plateauFactor, plateauDelta, plateauStandardErrors);
    }

    /**
     * Whether the curve so far (its last point just evaluated) has converged, with {@code trainDigits} per epoch and
     * {@code splitDigits} digits in the split the accuracies are read on: at every evaluation since the last one
     * divided by {@code plateauFactor}, training {@code plateauFactor} times longer had raised the best accuracy by no
     * more than the rule's rise. Requiring the plateau to last a whole further doubling is what keeps a slow phase
     * from passing as convergence: mlp-1986 rose 0.009 from epoch 15 to 30 (below one standard error, 0.0095 at 0.90)
     * and then 0.045 more by epoch 400.
     */
    public boolean plateaued(java.util.List<EvalPoint> curve, int trainDigits, int splitDigits) {
        if (plateauFactor == 0 || curve.isEmpty()) {
            return false;
        }
        long last = curve.get(curve.size() - 1).examples();
        if (last / plateauFactor < MIN_PLATEAU_EPOCHS * trainDigits) {
            return false;
        }
        for (int i = curve.size() - 1; i >= 0 && curve.get(i).examples() >= last / plateauFactor; i--) {
            if (!flatAt(curve, i, splitDigits)) {
                return false;
            }
        }
        return true;
    }

    /** Whether, at evaluation {@code i}, the best accuracy rose by no more than the rule's rise over its last 1/factor. */
    private boolean flatAt(java.util.List<EvalPoint> curve, int i, int splitDigits) {
        long examples = curve.get(i).examples();
        double before = Double.NEGATIVE_INFINITY;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= i; j++) {
            EvalPoint p = curve.get(j);
            best = Math.max(best, p.targetAccuracy());
            if (p.examples() <= examples / plateauFactor) {
                before = Math.max(before, p.targetAccuracy());
            }
        }
        double se = splitDigits > 0 ? Math.sqrt(best * (1 - best) / splitDigits) : 0;
        return best <= before + Math.max(plateauDelta, plateauStandardErrors * se);
    }

    /** "at target", "full curve" or "full curve, plateau (x2.0 examples raised the best by <= 1 standard error...)". */
    public String describe() {
        String base = atTarget ? "at target" : "full curve";
        if (plateauFactor == 0) {
            return base;
        }
        String rise = plateauStandardErrors == 0 ? String.format(Locale.ROOT, "%.4f", plateauDelta)
                : String.format(Locale.ROOT, "%s standard error%s of the accuracy", number(plateauStandardErrors),
                        plateauStandardErrors == 1 ? "" : "s")
                        + (plateauDelta > 0 ? String.format(Locale.ROOT, " or %.4f", plateauDelta) : "");
        return String.format(Locale.ROOT, "%s, plateau (x%s examples raised the best by <= %s, throughout a further x%s, from >= %s epochs)",
                base, plateauFactor, rise, plateauFactor, MIN_PLATEAU_EPOCHS);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
