// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.rerun.TuningCells;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * A tuning grid run as a sweep: one {@link SweepGrid} per recipe (its variations x the tuning seeds, under the tuning
 * stop rule), each cell one task of {@code engine}, written to {@code output/<recipe>/}. A rerun of the same tune
 * reuses the cells already complete there, as any sweep does.
 */
public final class SweepTuningCells implements TuningCells {
    private final SweepEngine engine;
    private final String output;

    /** {@code output}: a folder or Hadoop URI; each recipe's sweep goes to a sub-folder named by its id. */
    public SweepTuningCells(SweepEngine engine, String output) {
        this.engine = engine;
        this.output = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    }

    @Override
    public List<RerunSummary> run(RerunRequest request, List<RecipeVariation> variations, int seeds,
            ProgressSink progress, CancellationToken cancel) {
        String recipe = request.recipe().id();
        if (!Recipes.byId(recipe).map(r -> r.equals(request.recipe())).orElse(false)) {
            // A cell names its recipe by id; executors look it up, so only a published recipe can travel.
            throw new IllegalArgumentException(recipe + ": only a published recipe can be tuned as a sweep");
        }
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(request.seed() + i);
        }
        String data = request.dataDir().toString().contains("://") ? request.dataDir().toString()
                : request.dataDir().toAbsolutePath().normalize().toString();
        SweepGrid grid = new SweepGrid(List.of(recipe), seedList, List.of(request.target()), List.of(data),
                request.maxEpochs(), request.trainLimit(), request.testLimit(), request.backend().id(),
                request.threads(), variations, request.stop(), request.validationDigits());
        SweepReport report;
        try {
            report = engine.sweep(grid, output + "/" + recipe, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RerunSummary> summaries = new ArrayList<>();
        for (RecipeVariation v : variations) {
            List<SweepRow> rows = report.rows().stream().filter(r -> r.variation().equals(v.label())).toList();
            if (rows.size() != seeds) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s %s: %d of %d cells complete in %s",
                        recipe, v.label(), rows.size(), seeds, output + "/" + recipe));
            }
            double[] ctt = rows.stream().mapToDouble(r -> r.reached() ? r.computeToTarget()
                    : Double.POSITIVE_INFINITY).toArray();
            summaries.add(RerunSummary.of(rows.get(0).recipe(), rows.get(0).year(), ctt));
        }
        return summaries;
    }
}
