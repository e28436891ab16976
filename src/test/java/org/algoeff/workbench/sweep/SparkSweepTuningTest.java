// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.StopRule;
import org.algoeff.workbench.rerun.TuningGrid;
import org.algoeff.workbench.rerun.TuningService;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A two-cell tuning grid (lenet-1998 at widths x0.5 and x1, 400 digits) run locally and as a Spark sweep in local[2]:
 * CPU reruns are deterministic per seed, so both must pick the same cell at the same compute-to-target.
 */
class SparkSweepTuningTest {
    private static final Path DATA = Path.of("sample-data", "mnist-10k").toAbsolutePath();
    private static final TuningGrid TWO_CELLS = new TuningGrid(List.of(0.5, 1.0), List.of(1.0), List.of(1.0));
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("tune-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static TuningService.Outcome tune(TuningService tuning, Path logs) {
        RerunRequest request = new RerunRequest(Recipes.byId("lenet-1998").orElseThrow(), DATA, 0.5, 0, 1,
                Backend.CPU, 400, 100, 1, null, RerunRequest.defaultValidation(400), StopRule.TARGET);
        return tuning.tune(request, TWO_CELLS, 2, 101, 1, logs, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void theSparkGridPicksTheLocalCheapestCellAtTheSameComputeAndResumes(@TempDir Path tmp) throws Exception {
        TuningService.Outcome local = tune(new TuningService(new RerunService()), tmp.resolve("local"));
        Path cells = tmp.resolve("sweep");
        SweepTuningCells onSpark = new SweepTuningCells(new SparkSweepEngine(spark), cells.toString());
        TuningService.Outcome sweep = tune(new TuningService(new RerunService(), onSpark), tmp.resolve("spark"));

        assertEquals(2, sweep.cells().size());
        for (int i = 0; i < 2; i++) {
            TuningService.Cell l = local.cells().get(i);
            TuningService.Cell s = sweep.cells().get(i);
            assertEquals(l.variation(), s.variation());
            assertEquals(l.summary().reached(), s.summary().reached());
            assertEquals(l.summary().medianComputeToTarget(), s.summary().medianComputeToTarget(),
                    1e-9 * Math.abs(l.summary().medianComputeToTarget()), l.variation().label());
        }
        assertNotNull(local.best(), "the test needs a grid whose cells reach 0.5");
        assertEquals(local.best().variation(), sweep.best().variation());
        assertEquals(local.confirmed().get(0).computeToTarget(), sweep.confirmed().get(0).computeToTarget());

        Path folder = cells.resolve("lenet-1998");
        List<String> csv = Files.readAllLines(folder.resolve("summary.csv"));
        assertEquals(5, csv.size(), "a header and 2 variations x 2 tuning seeds");
        assertTrue(csv.get(0).endsWith(",log,variation"), csv.get(0));
        Path narrow = folder.resolve("cells/d0-t0.5-lenet-1998-w0.5-s1.done");
        Path published = folder.resolve("cells/d0-t0.5-lenet-1998-s2.done");
        assertTrue(Files.isRegularFile(narrow) && Files.isRegularFile(published), "ids: label only when varied");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("d0-t0.5-lenet-1998-w0.5-s2,lenet-1998[w0.5],")
                && l.endsWith(",w0.5")), String.join("\n", csv));

        FileTime before = Files.getLastModifiedTime(narrow);
        TuningService.Outcome again = tune(new TuningService(new RerunService(), onSpark), tmp.resolve("again"));
        assertEquals(before, Files.getLastModifiedTime(narrow), "a resumed tune reuses its finished cells");
        assertEquals(sweep.best().summary().medianComputeToTarget(), again.best().summary().medianComputeToTarget());
        assertEquals(RecipeVariation.NONE, sweep.cells().get(0).variation(), "the published recipe first");
    }
}
