// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.StopRule;

/**
 * One rerun of a sweep: a recipe, a seed, a target and a data set; serializable so Spark ships it to an executor.
 * Its {@link #id()} names its output files and is stable across runs, which is what makes a resume possible.
 *
 * @param target       test accuracy (0..1), NaN = the data set's calibrated default
 * @param datasetIndex position of the data set in the grid, used in the id
 * @param variation    what differs from the published recipe ({@link RecipeVariation#NONE}: nothing)
 * @param stop         when the rerun stops before its budget
 * @param validation   validation digits, on which the target is read
 */
public record SweepCell(String recipe, long seed, double target, String dataset, int datasetIndex, int maxEpochs,
        int trainLimit, int testLimit, String backend, int threads, RecipeVariation variation, StopRule stop,
        int validation) implements Serializable {
    private static final long serialVersionUID = 2L;

    /**
     * File-name-safe identity, e.g. {@code d0-t0.9-mlp-1986-s1}, or {@code d0-t0.9-mlp-1986-w0.5_lr2-s1} for a
     * varied recipe (a recipe as published keeps the id it had before sweeps had variations, so old outputs resume).
     */
    public String id() {
        String t = Double.isNaN(target) ? "default" : String.format(Locale.ROOT, "%s", target);
        String v = variation.equals(RecipeVariation.NONE) ? "" : "-" + variation.fileLabel();
        return "d" + datasetIndex + "-t" + t + "-" + recipe + v + "-s" + seed;
    }

    /**
     * The rerun this cell stands for, logging to {@code log}: the varied recipe under the cell's stop rule (a sweep's
     * default is a full curve, trained to the budget, so its logs answer any lower target too) with its validation
     * split, on which the target is read.
     */
    public RerunRequest request(Path log) {
        Backend b = Backend.valueOf(backend.toUpperCase(Locale.ROOT));
        return new RerunRequest(variation.apply(Recipes.byId(recipe).orElseThrow()), Path.of(dataset), target,
                maxEpochs, seed, b, trainLimit, testLimit, threads, log, validation, stop);
    }
}
