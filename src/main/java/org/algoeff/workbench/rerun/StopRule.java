// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Locale;

/**
 * When a rerun stops before the end of its budget. Accuracies are those targets read ({@link EvalPoint#targetAccuracy}:
 * validation when there is a validation split). The budget always ends a rerun.
 *
 * @param atTarget            stop at the first evaluation at or above the request's target (Hernandez &amp; Brown's
 *                            "train to target"); false = a full curve, trained to the budget or the plateau
 * @param plateauEvaluations  stop when the best accuracy has not risen by more than {@code plateauDelta} over this many
 *                            evaluations (training to convergence); 0 = no plateau rule
 * @param plateauDelta        the smallest rise that counts as progress (fraction, e.g. 0.002)
 */
public record StopRule(boolean atTarget, int plateauEvaluations, double plateauDelta) {
    /** Train to the target, then stop (the default of {@code algoeff rerun}). */
    public static final StopRule TARGET = new StopRule(true, 0, 0);
    /** Train the whole budget: one run gives compute-to-target at any target below its best accuracy. */
    public static final StopRule FULL_CURVE = new StopRule(false, 0, 0);
    /**
     * Train to convergence: no rise of the best accuracy by more than 0.002 (2 of 1,000 validation digits) over 5
     * evaluations, i.e. over about 3.7x the examples trained once the evaluations are 30 % apart.
     */
    public static final StopRule CONVERGED = new StopRule(false, 5, 0.002);

    public StopRule {
        if (plateauEvaluations < 0 || !(plateauDelta >= 0)) {
            throw new IllegalArgumentException("plateau evaluations and delta must not be negative");
        }
    }

    /** Whether the curve so far (the last point just evaluated) has converged by the plateau rule. */
    public boolean plateaued(java.util.List<EvalPoint> curve) {
        int n = curve.size();
        if (plateauEvaluations == 0 || n <= plateauEvaluations + 1) {
            return false;
        }
        double before = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n - plateauEvaluations; i++) {
            before = Math.max(before, curve.get(i).targetAccuracy());
        }
        double since = Double.NEGATIVE_INFINITY;
        for (int i = n - plateauEvaluations; i < n; i++) {
            since = Math.max(since, curve.get(i).targetAccuracy());
        }
        return since <= before + plateauDelta;
    }

    /** "at target", "full curve" or "plateau 5 x 0.002". */
    public String describe() {
        String base = atTarget ? "at target" : "full curve";
        return plateauEvaluations == 0 ? base : String.format(Locale.ROOT, "%s, plateau %d x %.4f", base,
                plateauEvaluations, plateauDelta);
    }
}
