// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Objects;

/**
 * A documented era of technique: a network and how to train it, with the year and the paper it stands for.
 *
 * @param id          short stable name, e.g. "mlp-1986"
 * @param year        publication year of the technique
 * @param description one line on what the recipe is
 * @param reference   the paper(s) the recipe follows
 * @param architecture the network, as data
 * @param training    optimiser, schedule, batch size and budget
 * @param onLadder    whether it is an era of the ladder ({@code rerun all}, the trend fit); false for a probe such
 *                    as the modernised 1986 network, which separates architecture from training tricks
 */
public record Recipe(String id, int year, String description, String reference, Architecture architecture,
        TrainingSpec training, boolean onLadder) {
    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(training, "training");
    }

    /** An era of the ladder. */
    public Recipe(String id, int year, String description, String reference, Architecture architecture,
            TrainingSpec training) {
        this(id, year, description, reference, architecture, training, true);
    }

    /** This recipe varied by {@code v} (width, learning rate, budget); {@link RecipeVariation#apply}. */
    public Recipe with(RecipeVariation v) {
        return v.apply(this);
    }

    /** The same recipe (id included) trained by {@code t}. */
    public Recipe withTraining(TrainingSpec t) {
        return new Recipe(id, year, description, reference, architecture, t, onLadder);
    }

    public long forwardFlopsPerExample() {
        return architecture.forwardFlopsPerExample();
    }

    public long parameters() {
        return architecture.parameters();
    }
}
