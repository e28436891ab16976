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
 */
public record Recipe(String id, int year, String description, String reference, Architecture architecture,
        TrainingSpec training) {
    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(training, "training");
    }

    public long forwardFlopsPerExample() {
        return architecture.forwardFlopsPerExample();
    }

    public long parameters() {
        return architecture.parameters();
    }
}
