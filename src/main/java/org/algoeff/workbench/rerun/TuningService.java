// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Each era's compute-to-target the speedrun way: every cell of its {@link TuningGrid} trains with the tuning seeds
 * until it reaches the target on the validation split (or converges below it, or its budget ends); the cheapest
 * cell (median over the tuning seeds) is then rerun with fresh confirmation seeds as full curves to convergence,
 * whose validation compute-to-target is the era's point and whose test-split compute-to-target confirms it.
 */
public final class TuningService {
    /** Tuning cells stop at the target, or once converged below it. */
    static final StopRule TUNING_STOP = StopRule.CONVERGED.atTarget(true);
    /** Confirmation runs continue past the target until converged (a full curve within the budget). */
    static final StopRule CONFIRM_STOP = StopRule.CONVERGED;
    /** How many of the cheapest cells are confirmed, in turn, before the era is reported as not confirmed. */
    static final int MAX_CONFIRMED = 3;

    private final RerunService reruns;
    private final TuningCells cells;

    /** Tuning with the grid's cells trained here, one after another. */
    public TuningService(RerunService reruns) {
        this(reruns, TuningCells.local(reruns));
    }

    /** Tuning with the grid's cells trained by {@code cells} (a Spark sweep, say); confirmations run here. */
    public TuningService(RerunService reruns, TuningCells cells) {
        this.reruns = reruns;
        this.cells = cells;
    }

    /**
     * One cell of the grid.
     *
     * @param variation what differs from the published recipe
     * @param recipe    the varied recipe
     * @param summary   compute-to-target over the tuning seeds (validation split)
     */
    public record Cell(RecipeVariation variation, Recipe recipe, RerunSummary summary) {
    }

    /**
     * What tuning one recipe gave.
     *
     * @param base      the published recipe
     * @param cells     every cell, in grid order
     * @param best        the cheapest cell that reached the target (median) and whose confirmation median did too;
     *                    else the last cell confirmed; null when no cell reached it
     * @param confirmed   the best cell's confirmation runs (empty when none reached)
     * @param unconfirmed cheaper cells tried first, whose confirmation median missed the target
     */
    public record Outcome(Recipe base, List<Cell> cells, Cell best, List<RerunResult> confirmed,
            List<Cell> unconfirmed) {
        public Outcome {
            cells = List.copyOf(cells);
            confirmed = List.copyOf(confirmed);
            unconfirmed = List.copyOf(unconfirmed);
        }
    }

    /**
     * Tunes {@code request}'s recipe over {@code grid} with seeds {@code request.seed()}.. (+{@code tuningSeeds}),
     * then confirms the best cell with {@code confirmSeeds} seeds starting at {@code confirmFirstSeed}, logging them
     * into {@code logDir} when not null.
     */
    public Outcome tune(RerunRequest request, TuningGrid grid, int tuningSeeds, long confirmFirstSeed,
            int confirmSeeds, Path logDir, ProgressSink progress, CancellationToken cancel) {
        Recipe base = request.recipe();
        double target = reruns.resolveTarget(request);
        List<RecipeVariation> variations = grid.of(base);
        int n = variations.size();
        List<RerunSummary> summaries = this.cells.run(request.withTarget(target).withMaxEpochs(0).withLogFile(null)
                .withSplitAndStop(request.validationDigits(), TUNING_STOP), variations, tuningSeeds,
                (f, m) -> progress.progress(f * n / (n + 1), m), cancel);
        if (summaries.size() != n) {
            throw new IllegalStateException("the tuning cells gave " + summaries.size() + " summaries for " + n
                    + " variations of " + base.id());
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new Cell(variations.get(i), base.with(variations.get(i)), summaries.get(i)));
        }
        // One tuning seed can pick a cell that reached the target by luck near its ceiling (bn-2015 at 0.956: its
        // cheapest cell was then confirmed by 2 of 5 fresh seeds while 19 others reached it), so a cell whose
        // confirmation median misses gives way to the next-cheapest, up to MAX_CONFIRMED cells.
        List<Cell> candidates = cells.stream().filter(c -> c.summary().onLadder())
                .sorted(Comparator.comparingDouble(c -> c.summary().medianComputeToTarget()))
                .limit(MAX_CONFIRMED).toList();
        if (candidates.isEmpty()) {
            return new Outcome(base, cells, null, List.of(), List.of());
        }
        Path log = logDir == null ? null : logDir.resolve(base.id() + ".jsonl");
        List<Cell> unconfirmed = new ArrayList<>();
        Cell best = null;
        List<RerunResult> confirmed = List.of();
        for (Cell candidate : candidates) {
            if (best != null) {
                unconfirmed.add(best);
            }
            RerunRequest confirm = new RerunRequest(candidate.recipe(), request.dataDir(), target, 0,
                    confirmFirstSeed, request.backend(), request.trainLimit(), request.testLimit(), request.threads(),
                    log, request.validationDigits(), CONFIRM_STOP);
            ProgressSink confirmProgress = (f, m) -> progress.progress((n + f) / (n + 1),
                    "confirming " + candidate.variation().label() + ": " + m);
            confirmed = reruns.rerunSeeds(confirm, confirmSeeds, confirmProgress, RerunListener.NONE, cancel);
            best = candidate;
            if (RerunSummary.of(confirmed).onLadder()) {
                break;
            }
        }
        return new Outcome(base, cells, best, confirmed, unconfirmed);
    }
}
