// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Trains the cells of a tuning grid: here one after another ({@link #local}), or as a Spark sweep
 * ({@code sweep.SparkTuningCells}). {@link TuningService} picks the cheapest cell and confirms it, whichever runs them.
 */
public interface TuningCells {
    /**
     * Each variation of {@code request}'s recipe trained with seeds {@code request.seed()}.. (+{@code seeds}) under
     * {@code request}'s target (resolved), stop rule and validation split; one summary per variation, in order.
     *
     * @param progress fraction of all the cells (0..1)
     */
    List<RerunSummary> run(RerunRequest request, List<RecipeVariation> variations, int seeds, ProgressSink progress,
            CancellationToken cancel);

    /** The cells one after another in this process, with {@code reruns}. */
    static TuningCells local(RerunService reruns) {
        return (request, variations, seeds, progress, cancel) -> {
            List<RerunSummary> summaries = new java.util.ArrayList<>();
            for (int i = 0; i < variations.size(); i++) {
                RecipeVariation v = variations.get(i);
                int done = i;
                ProgressSink cellProgress = (f, m) -> progress.progress((done + f) / variations.size(), String.format(
                        java.util.Locale.ROOT, "cell %d/%d %s: %s", done + 1, variations.size(), v.label(), m));
                List<RerunResult> runs = reruns.rerunSeeds(request.withRecipe(request.recipe().with(v)), seeds,
                        cellProgress, RerunListener.NONE, cancel);
                summaries.add(RerunSummary.of(runs));
            }
            return summaries;
        };
    }
}
