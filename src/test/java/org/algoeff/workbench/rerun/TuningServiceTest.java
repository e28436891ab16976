// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tuning grid per recipe, and the cheapest cell chosen on validation and confirmed with fresh seeds. */
class TuningServiceTest {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");

    @TempDir
    Path tmp;

    @Test
    void constantRateRecipesVaryWidthAndRateAnnealingOnesAlsoTheirBudget() {
        Recipe mlp = Recipes.byId("mlp-1986").orElseThrow();
        Recipe sep = Recipes.byId("sepconv-2019").orElseThrow();
        assertEquals(12, TuningGrid.DEFAULT.of(mlp).size(), "4 widths x 3 rates");
        assertEquals(48, TuningGrid.DEFAULT.of(sep).size(), "4 widths x 3 rates x 4 budgets");
        assertEquals(RecipeVariation.NONE, TuningGrid.DEFAULT.of(mlp).get(0), "the published recipe first");
        Recipe narrow = mlp.with(new RecipeVariation(0.25, 2, 0.5));
        assertEquals("mlp-1986[w0.25 lr2 e0.5]", narrow.id());
        assertEquals(2L * 784 * 64 + 2L * 64 * 10, narrow.forwardFlopsPerExample(), "hidden layer 256 -> 64");
        assertEquals(2 * mlp.training().learningRate(), narrow.training().learningRate(), 1e-12);
        assertEquals(0.5, narrow.training().epochs());
    }

    @Test
    void theCheapestCellOnValidationIsConfirmedWithFreshSeedsAsFullCurves() {
        // a higher rate learns faster; a narrower network costs less per example but learns a little slower
        FakeEngine engine = new FakeEngine((recipe, seed) -> 300 / recipe.training().learningRate()
                * Math.sqrt(406_528.0 / recipe.forwardFlopsPerExample()) * (1 + 0.05 * (seed % 3)), () -> { });
        RerunService service = new RerunService(() -> engine, EvaluationSchedule.DEFAULT);
        Recipe mlp = Recipes.byId("mlp-1986").orElseThrow();
        RerunRequest request = new RerunRequest(mlp, DATA, 0.8, 0, 1, Backend.CPU, 1250, 100, 1, null, 250,
                StopRule.TARGET);
        TuningService.Outcome o = new TuningService(service).tune(request.withMaxEpochs(0), TuningGrid.DEFAULT, 1, 101,
                3, tmp, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(12, o.cells().size());
        TuningService.Cell cheapest = o.cells().stream().filter(c -> c.summary().onLadder())
                .min(Comparator.comparingDouble(c -> c.summary().medianComputeToTarget())).orElseThrow();
        assertEquals(cheapest, o.best());
        assertEquals(2.0, o.best().variation().learningRate(), "the fastest rate wins here");
        assertEquals(3, o.confirmed().size());
        assertEquals(101, o.confirmed().get(0).seed(), "confirmation seeds apart from the tuning seed");
        for (RerunResult r : o.confirmed()) {
            assertTrue(r.reachedTarget());
            assertTrue(r.curve().get(r.curve().size() - 1).validationAccuracy() > 0.8, "trained past the target");
            assertTrue(Files.isRegularFile(tmp.resolve("mlp-1986-seed" + r.seed() + ".jsonl")));
        }
    }

    @Test
    void aCellThatReachedByLuckGivesWayToTheNextCheapest() {
        // the narrowest cells learn fast for the tuning seed only; fresh seeds never get them to the target
        FakeEngine engine = new FakeEngine((recipe, seed) -> recipe.id().contains("w0.125") && seed > 100 ? 1e9
                : 300 / recipe.training().learningRate() * Math.sqrt(406_528.0 / recipe.forwardFlopsPerExample()),
                () -> { });
        RerunService service = new RerunService(() -> engine, EvaluationSchedule.DEFAULT);
        Recipe mlp = Recipes.byId("mlp-1986").orElseThrow();
        RerunRequest request = new RerunRequest(mlp, DATA, 0.8, 0, 1, Backend.CPU, 1250, 100, 1, null, 250,
                StopRule.TARGET);
        TuningService.Outcome o = new TuningService(service).tune(request, TuningGrid.DEFAULT, 1, 101, 3, null,
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(1, o.unconfirmed().size(), "the lucky cheapest cell: " + o.unconfirmed());
        assertEquals(0.125, o.unconfirmed().get(0).variation().width());
        assertEquals(0.25, o.best().variation().width(), "the next-cheapest, confirmed");
        assertTrue(RerunSummary.of(o.confirmed()).onLadder());
        assertTrue(o.cells().stream().filter(c -> c.summary().onLadder())
                .min(Comparator.comparingDouble(c -> c.summary().medianComputeToTarget())).orElseThrow()
                .variation().width() == 0.125, "the tuning seed did rank the narrowest cheapest");
    }
}
