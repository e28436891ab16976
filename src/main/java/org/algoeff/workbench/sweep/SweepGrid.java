// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.StopRule;

/**
 * A sweep's grid: every recipe x seed x target x data set becomes one {@link SweepCell}. Read from a small JSON
 * file ({@code {"recipes":["mlp-1986"],"seeds":[1,2],"targets":[0.9],"datasets":["sample-data/mnist-10k"],
 * "maxEpochs":1,"trainLimit":300,"testLimit":200}}) or built from flags.
 *
 * @param recipes    recipe ids ({@code all} expands to the whole ladder)
 * @param seeds      seeds, each run as given
 * @param targets    test-accuracy targets; empty = the calibrated default of each data set
 * @param datasets   MNIST-style IDX folders, readable at the same path on every executor
 * @param maxEpochs  budget in epochs; 0 = each recipe's own
 * @param trainLimit first N training digits only; 0 = all
 * @param testLimit  first N test digits only; 0 = all
 * @param backend    "cpu" or "cuda"
 * @param threads    native threads per cell (default 1, as small minibatches do not split well); 0 = all cores
 * @param variations optional axis of recipe variations ({@code [{"width":0.5,"learningRate":2,"budgetEpochs":0}]},
 *                   as {@code algoeff tune}'s grid); absent = each recipe as published, whose cell ids carry no label
 * @param stop       optional stop rule; absent = a full curve, trained to the budget ({@link StopRule#FULL_CURVE})
 * @param validation optional validation digits; absent = {@link RerunRequest#defaultValidation} of the train limit
 */
public record SweepGrid(List<String> recipes, List<Long> seeds, List<Double> targets, List<String> datasets,
        int maxEpochs, int trainLimit, int testLimit, String backend, Integer threads,
        List<RecipeVariation> variations, StopRule stop, Integer validation) {
    /** A grid of recipes as published, trained as full curves (what {@code algoeff sweep} runs). */
    public SweepGrid(List<String> recipes, List<Long> seeds, List<Double> targets, List<String> datasets,
            int maxEpochs, int trainLimit, int testLimit, String backend, Integer threads) {
        this(recipes, seeds, targets, datasets, maxEpochs, trainLimit, testLimit, backend, threads, null, null, null);
    }

    @JsonCreator
    public SweepGrid {
        recipes = expand(Objects.requireNonNull(recipes, "recipes"));
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        targets = targets == null ? List.of() : List.copyOf(targets);
        datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
        backend = backend == null ? Backend.CPU.id() : backend;
        threads = threads == null ? 1 : threads;
        variations = variations == null || variations.isEmpty() ? List.of(RecipeVariation.NONE)
                : List.copyOf(variations);
        stop = stop == null ? StopRule.FULL_CURVE : stop;
        validation = validation == null ? RerunRequest.defaultValidation(trainLimit) : validation;
        if (!backend.equals(Backend.CPU.id()) && !backend.equals(Backend.CUDA.id())) {
            throw new IllegalArgumentException("backend must be cpu or cuda, was '" + backend + "'");
        }
        if (recipes.isEmpty() || seeds.isEmpty() || datasets.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one recipe, seed and data set");
        }
        for (String r : recipes) {
            if (Recipes.byId(r).isEmpty()) {
                throw new IllegalArgumentException("unknown recipe '" + r + "' (see 'algoeff recipes')");
            }
        }
        for (double t : targets) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("target accuracy must be in (0, 1]: " + t);
            }
        }
        if (maxEpochs < 0 || trainLimit < 0 || testLimit < 0 || threads < 0 || validation < 0) {
            throw new IllegalArgumentException("epochs, limits and threads must not be negative");
        }
    }

    private static List<String> expand(List<String> ids) {
        if (ids.contains("all")) {
            return Recipes.all().stream().map(r -> r.id()).toList();
        }
        return List.copyOf(ids);
    }

    /** Reads a grid file; unknown keys are an error, so a typo does not silently fall back to a default. */
    public static SweepGrid read(Path file) throws IOException {
        if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
            // A FIFO or device would block the read forever.
            throw new IOException(file + ": not a regular file (a FIFO, device or socket): not opened");
        }
        try {
            return new ObjectMapper().readValue(file.toFile(), SweepGrid.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a sweep grid (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** The grid as JSON, as written to {@code sweep.json} in the output folder. */
    public String toJson() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code other} trains the same way, so cells finished under it can be reused by this grid. */
    public boolean sameSettings(SweepGrid other) {
        return datasets.equals(other.datasets) && maxEpochs == other.maxEpochs && trainLimit == other.trainLimit
                && testLimit == other.testLimit && backend.equals(other.backend) && stop.equals(other.stop)
                && validation.equals(other.validation);
    }

    /** Every cell, in a stable order: data set, target, recipe, variation, seed. */
    public List<SweepCell> cells() {
        List<SweepCell> cells = new ArrayList<>();
        List<Double> ts = targets.isEmpty() ? List.of(Double.NaN) : targets;
        for (int d = 0; d < datasets.size(); d++) {
            for (double t : ts) {
                for (String r : recipes) {
                    for (RecipeVariation v : variations) {
                        for (long s : seeds) {
                            cells.add(new SweepCell(r, s, t, datasets.get(d), d, maxEpochs, trainLimit, testLimit,
                                    backend, threads, v, stop, validation));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
