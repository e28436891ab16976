// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    private final RerunService reruns;

    public TuningService(RerunService reruns) {
        this.reruns = reruns;
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
     * @param best      the cheapest cell that reached the target (median), or null
     * @param confirmed the best cell's confirmation runs (empty when none reached)
     */
    public record Outcome(Recipe base, List<Cell> cells, Cell best, List<RerunResult> confirmed) {
        public Outcome {
            cells = List.copyOf(cells);
            confirmed = List.copyOf(confirmed);
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
        List<Cell> cells = new ArrayList<>();
        List<RecipeVariation> variations = grid.of(base);
        for (int i = 0; i < variations.size(); i++) {
            RecipeVariation v = variations.get(i);
            Recipe varied = base.with(v);
            int done = i;
            ProgressSink cellProgress = (f, m) -> progress.progress((done + f) / (variations.size() + 1), String.format(
                    Locale.ROOT, "cell %d/%d %s: %s", done + 1, variations.size(), v.label(), m));
            List<RerunResult> runs = reruns.rerunSeeds(request.withRecipe(varied).withTarget(target).withMaxEpochs(0)
                    .withLogFile(null).withSplitAndStop(request.validationDigits(), TUNING_STOP), tuningSeeds,
                    cellProgress, RerunListener.NONE, cancel);
            cells.add(new Cell(v, varied, RerunSummary.of(runs)));
        }
        Cell best = cells.stream().filter(c -> c.summary().onLadder())
                .min(Comparator.comparingDouble(c -> c.summary().medianComputeToTarget())).orElse(null);
        if (best == null) {
            return new Outcome(base, cells, null, List.of());
        }
        Path log = logDir == null ? null : logDir.resolve(base.id() + ".jsonl");
        RerunRequest confirm = new RerunRequest(best.recipe(), request.dataDir(), target, 0, confirmFirstSeed,
                request.backend(), request.trainLimit(), request.testLimit(), request.threads(), log,
                request.validationDigits(), CONFIRM_STOP);
        ProgressSink confirmProgress = (f, m) -> progress.progress((variations.size() + f) / (variations.size() + 1),
                "confirming " + best.variation().label() + ": " + m);
        List<RerunResult> confirmed = reruns.rerunSeeds(confirm, confirmSeeds, confirmProgress, RerunListener.NONE,
                cancel);
        return new Outcome(base, cells, best, confirmed);
    }
}
