// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cell of a recipe's tuning grid: the same technique at another width, learning rate or budget. Applied with
 * {@link #apply}; the identity variation leaves a recipe as published.
 *
 * @param width        factor on every hidden layer's channels and units (the output layer keeps its classes;
 *                     a depthwise convolution keeps its multiplier); 1 = as published
 * @param learningRate factor on the peak learning rate; 1 = as published
 * @param budgetEpochs the budget in epochs (its schedule spans it); 0 = the recipe's own
 */
public record RecipeVariation(double width, double learningRate, double budgetEpochs) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The recipe as published. */
    public static final RecipeVariation NONE = new RecipeVariation(1, 1, 0);

    public RecipeVariation {
        if (!(width > 0) || !(learningRate > 0) || !(budgetEpochs >= 0)) {
            throw new IllegalArgumentException("width and learning-rate factors must be positive, budget >= 0");
        }
    }

    /** "w0.5 lr2 e0.25": what differs from the published recipe ("as published" for none). */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (width != 1) {
            parts.add("w" + number(width));
        }
        if (learningRate != 1) {
            parts.add("lr" + number(learningRate));
        }
        if (budgetEpochs > 0) {
            parts.add("e" + number(budgetEpochs));
        }
        return parts.isEmpty() ? "as published" : String.join(" ", parts);
    }

    /** The label as a file-name part ("w0.5_lr2_e0.25"): it names a sweep cell's files, so a resume finds them. */
    public String fileLabel() {
        return label().replace(' ', '_');
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The recipe with this variation; its id gets the label in brackets ("cnn-2012[w0.5 lr2]"). */
    public Recipe apply(Recipe r) {
        if (equals(NONE)) {
            return r;
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (LayerSpec spec : r.architecture().layers()) {
            layers.add(scaled(spec));
        }
        TrainingSpec t = r.training().withLearningRate(r.training().learningRate() * learningRate);
        if (budgetEpochs > 0) {
            t = t.withBudgetEpochs(budgetEpochs);
        }
        return new Recipe(r.id() + "[" + label() + "]", r.year(), r.description() + " (" + label() + ")",
                r.reference(), new Architecture(r.architecture().input(), layers), t, r.onLadder());
    }

    private LayerSpec scaled(LayerSpec spec) {
        if (width == 1) {
            return spec;
        }
        if (spec instanceof LayerSpec.Conv c) {
            return new LayerSpec.Conv(c.kernel(), units(c.filters()), c.stride(), c.padding(), c.activation());
        }
        if (spec instanceof LayerSpec.Dense d && !d.output()) {
            return new LayerSpec.Dense(units(d.units()), d.activation(), false);
        }
        return spec;
    }

    private int units(int n) {
        return Math.max(1, (int) Math.round(n * width));
    }
}
