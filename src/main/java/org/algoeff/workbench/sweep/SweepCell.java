// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.StopRule;

/**
 * One rerun of a sweep: a recipe, a seed, a target and a data set; serializable so Spark ships it to an executor.
 * Its {@link #id()} names its output files and is stable across runs, which is what makes a resume possible.
 *
 * @param target       test accuracy (0..1), NaN = the data set's calibrated default
 * @param datasetIndex position of the data set in the grid, used in the id
 */
public record SweepCell(String recipe, long seed, double target, String dataset, int datasetIndex, int maxEpochs,
        int trainLimit, int testLimit, String backend, int threads) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** File-name-safe identity, e.g. {@code d0-t0.9-mlp-1986-s1}. */
    public String id() {
        String t = Double.isNaN(target) ? "default" : String.format(Locale.ROOT, "%s", target);
        return "d" + datasetIndex + "-t" + t + "-" + recipe + "-s" + seed;
    }

    /**
     * The rerun this cell stands for, logging to {@code log}: a full curve (trained to the budget, so the sweep's logs
     * answer any lower target too) with the default validation split, on which its target is read.
     */
    public RerunRequest request(Path log) {
        Backend b = Backend.valueOf(backend.toUpperCase(Locale.ROOT));
        return new RerunRequest(Recipes.byId(recipe).orElseThrow(), Path.of(dataset), target, maxEpochs, seed, b,
                trainLimit, testLimit, threads, log, RerunRequest.defaultValidation(trainLimit), StopRule.FULL_CURVE);
    }
}
