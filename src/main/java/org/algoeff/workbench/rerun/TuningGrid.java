// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;

/**
 * The same tuning budget for every era: a small grid of {@link RecipeVariation}s per recipe. Widths x0.125, x0.25,
 * x0.5 and x1 of every hidden layer (an era's network was sized for ImageNet or for its paper, not for this target;
 * with x0.25 as the narrowest, every era's cheapest cell sat at that edge of the grid), the
 * learning rate x0.5, x1 and x2; for a schedule that anneals over its budget (step, cosine, one-cycle) also the
 * budget, 0.25, 0.5, 1 and 2 epochs, since such a schedule's warm-up and decay are tied to it. A constant-rate recipe
 * keeps its own budget: a full curve reads any shorter one off the same run.
 *
 * @param widths        width factors
 * @param learningRates learning-rate factors
 * @param budgetsEpochs budgets for annealing schedules (epochs)
 */
public record TuningGrid(List<Double> widths, List<Double> learningRates, List<Double> budgetsEpochs) {
    /** The default grid. */
    public static final TuningGrid DEFAULT = new TuningGrid(List.of(0.125, 0.25, 0.5, 1.0), List.of(0.5, 1.0, 2.0),
            List.of(0.25, 0.5, 1.0, 2.0));

    public TuningGrid {
        widths = List.copyOf(widths);
        learningRates = List.copyOf(learningRates);
        budgetsEpochs = List.copyOf(budgetsEpochs);
        if (widths.isEmpty() || learningRates.isEmpty() || budgetsEpochs.isEmpty()) {
            throw new IllegalArgumentException("every axis of a tuning grid needs a value");
        }
    }

    /** The variations of {@code r}, the published one (x1, x1, own budget) first when it is in the grid. */
    public List<RecipeVariation> of(Recipe r) {
        boolean anneals = r.training().schedule() != LearningRateSchedule.CONSTANT;
        List<Double> budgets = anneals ? budgetsEpochs : List.of(0.0);
        List<RecipeVariation> out = new ArrayList<>();
        for (double w : widths) {
            for (double lr : learningRates) {
                for (double e : budgets) {
                    out.add(new RecipeVariation(w, lr, e));
                }
            }
        }
        out.sort(java.util.Comparator.comparing((RecipeVariation v) -> !isPublished(v, r)));
        return out;
    }

    private static boolean isPublished(RecipeVariation v, Recipe r) {
        return v.width() == 1 && v.learningRate() == 1
                && (v.budgetEpochs() == 0 || v.budgetEpochs() == r.training().epochs());
    }
}
