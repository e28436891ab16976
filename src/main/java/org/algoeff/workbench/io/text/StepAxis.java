// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.util.List;
import java.util.Locale;

/**
 * The step axis of a table-like log (CSV columns, JSONL keys): which column it is and what a step means. The one
 * place that knows the step-like names of the trackers (Lightning, Keras, W&amp;B, HF, Stable-Baselines3, YOLO).
 *
 * <p>Known names are preferred wherever they stand in the header (Stable-Baselines3's {@code progress.csv} starts
 * with {@code train/...} metrics and has {@code time/total_timesteps} later): optimiser steps first, then
 * environment timesteps, then iterations, then epochs. An epoch axis counts <em>epochs completed</em>: a 0-based
 * epoch column (Keras CSVLogger, YOLOv5) is shifted by one, so that step × FLOPs per epoch is the compute spent.
 */
public final class StepAxis {
    /** Names taken as the step axis, most preferred first; compared case-insensitively. */
    public static final List<String> STEP_NAMES = List.of("step", "global_step", "_step", "trainer/global_step",
            "time/total_timesteps", "total_timesteps", "num_timesteps", "timesteps", "timestep", "iteration",
            "iterations", "iter", "time/iterations", "epoch", "epochs");
    /** Name fragments of metrics: a column named so is never taken as the axis by the whole-number fallback. */
    static final List<String> METRIC_WORDS = List.of("loss", "acc", "err", "lr", "learning_rate", "rate", "rew",
            "score", "f1", "auc", "map", "precision", "recall", "time", "fps", "mean", "std", "grad", "norm",
            "entropy", "value", "kl", "clip", "ratio", "perplexity", "ppl", "bleu", "iou", "dice", "mae", "mse");
    /** Metadata value of {@link #unitOf} for an epoch axis. */
    public static final String EPOCHS_COMPLETED = "epochs completed";

    private StepAxis() {
    }

    /** Index of the preferred known step name in {@code names}, or -1. */
    public static int known(List<String> names) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            int rank = STEP_NAMES.indexOf(names.get(i).toLowerCase(Locale.ROOT));
            if (rank >= 0 && rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Whether {@code name} reads as a metric (loss, accuracy, reward ...), never a step axis. */
    public static boolean looksLikeMetric(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return METRIC_WORDS.stream().anyMatch(lower::contains);
    }

    /** Whether the axis counts epochs. */
    public static boolean isEpoch(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("epoch") || lower.equals("epochs");
    }

    /** What one step of an axis named {@code name} is, for the run's metadata and the docs. */
    public static String unitOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isEpoch(name)) {
            return EPOCHS_COMPLETED;
        }
        if (lower.contains("timestep")) {
            return "environment timesteps";
        }
        if (lower.startsWith("iter") || lower.endsWith("iterations")) {
            return "iterations";
        }
        return lower.equals("row index") ? "rows" : "steps";
    }

    /**
     * Watches the step values of one file in order and warns about an axis that cannot be a step: constant (every
     * point at one step, all zero in particular) or going back (resumed or concatenated runs). Not thread-safe.
     */
    public static final class Watch {
        private long rows;
        private long first;
        private long previous;
        private boolean constant = true;
        private long decreases;
        private String firstDecrease;

        /** Notes the step of the next row, read from line {@code lineNumber}. */
        public void observe(long step, long lineNumber) {
            if (rows == 0) {
                first = step;
            } else {
                constant &= step == first;
                if (step < previous && decreases++ == 0) {
                    firstDecrease = "line " + lineNumber + ": " + step + " after " + previous;
                }
            }
            previous = step;
            rows++;
        }

        /** Logs what is wrong with the axis {@code axis}, if anything. */
        public void report(ProblemLog problems, String axis, String option) {
            if (rows > 1 && constant) {
                problems.warning("", "step axis '" + axis + "' is " + (first == 0 ? "0" : "constant (" + first + ")")
                        + " in all " + rows + " rows: every point is at one step, so compute to target cannot be "
                        + "measured; name the step column with " + option);
            } else if (decreases > 0) {
                problems.warning(firstDecrease, "step axis '" + axis + "' goes back " + decreases + " time"
                        + (decreases == 1 ? "" : "s") + " (resumed or concatenated runs?); points kept in file order");
            }
        }
    }
}
