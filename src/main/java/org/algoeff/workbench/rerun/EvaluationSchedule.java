// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/**
 * When to evaluate on the test split, in training examples: every {@code every} examples up to {@code linearUntil},
 * then at geometrically spaced points (each {@code growth} times the previous), so that fast recipes are resolved
 * early while long runs spend little time evaluating. An evaluation also happens at 0 and at the end of the budget.
 */
public record EvaluationSchedule(long every, long linearUntil, double growth) {
    /**
     * 256 examples apart up to 1,024, then 30 % further each time: about 20 evaluations over 8k examples and 6 more
     * per tenfold after that. Each evaluation of a 2,000-digit test split costs as much as training ~670 examples.
     */
    public static final EvaluationSchedule DEFAULT = new EvaluationSchedule(256, 1024, 1.3);

    public EvaluationSchedule {
        if (every <= 0 || linearUntil < every || !(growth > 1)) {
            throw new IllegalArgumentException("bad evaluation schedule");
        }
    }

    /** The first evaluation point strictly after {@code examples}. */
    public long next(long examples) {
        if (examples < linearUntil) {
            return (examples / every + 1) * every;
        }
        return Math.max(examples + every, (long) Math.ceil(examples * growth));
    }
}
