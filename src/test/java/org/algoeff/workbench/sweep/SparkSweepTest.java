// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny real sweep (2 recipes x 2 seeds, 1 epoch on 300 digits) in local[2,3]: rows, FLOPs, retry, resume. */
class SparkSweepTest {
    private static SparkSession spark;
    private static SparkSweepEngine engine;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,3]").appName("sweep-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        engine = new SparkSweepEngine(spark);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static SweepGrid grid() {
        return new SweepGrid(List.of("lenet-1998", "bn-2015"), List.of(1L, 2L), List.of(0.3),
                List.of(Path.of("sample-data", "mnist-10k").toAbsolutePath().toString()), 1, 300, 200, "cpu", 1);
    }

    @Test
    void everyCellBecomesOneSummaryRowWithAnalyticFlops(@TempDir Path out) throws Exception {
        SweepReport r = engine.sweep(grid(), out.toString(), ProgressSink.NONE);
        assertEquals(4, r.rows().size());
        assertEquals(4, r.ran());
        for (SweepRow row : r.rows()) {
            long forward = Recipes.byId(row.recipe()).orElseThrow().forwardFlopsPerExample();
            assertEquals(forward, row.forwardFlopsPerExample());
            assertEquals(Flops.training(forward, row.examples()), row.trainingFlops());
            assertEquals(240, row.examples(), "a full curve: the whole epoch of the 240 training digits");
            assertEquals(240, row.trainExamples(), "60 of the 300 went to the validation split");
            assertEquals(200, row.testExamples());
            assertTrue(Files.isRegularFile(out.resolve(row.log())), row.log());
            if (row.reached()) {
                assertTrue(row.computeToTarget() > 0 && row.computeToTarget() <= row.trainingFlops());
            }
        }
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(5, csv.size());
        assertEquals(String.join(",", SweepRow.COLUMNS), csv.get(0));
        Dataset<Row> parquet = spark.read().parquet(out.resolve("summary.parquet").toString());
        assertEquals(4, parquet.count());
        Map<String, Long> flops = parquet.collectAsList().stream().collect(Collectors.toMap(x -> x.getString(0),
                x -> x.getLong(x.fieldIndex("training_flops"))));
        r.rows().forEach(row -> assertEquals(row.trainingFlops(), flops.get(row.cell())));
        checkWindowReader(out, r.rows());
    }

    private static void checkWindowReader(Path out, List<SweepRow> rows) throws Exception {
        assertTrue(SweepSummaryReader.isSweepFolder(out));
        assertFalse(SweepSummaryReader.isSweepFolder(out.resolve("cells")));
        List<TrendDataset> sets = new SweepSummaryReader().read(out).value();
        assertEquals(1, sets.size());
        for (TrendPoint p : sets.get(0).points()) {
            List<Double> ctt = rows.stream().filter(x -> x.recipe().equals(p.label()) && x.reached())
                    .map(SweepRow::computeToTarget).sorted().toList();
            assertEquals(2, ctt.size(), "a point only where both seeds reached");
            assertEquals((ctt.get(0) + ctt.get(1)) / 2, p.value(), 1e-6 * p.value());
            assertEquals(ctt.get(0), Double.parseDouble(p.attributes().get(TrendPoint.SPREAD_LOW)), 1e-6 * p.value());
            assertEquals(ctt.get(1), Double.parseDouble(p.attributes().get(TrendPoint.SPREAD_HIGH)), 1e-6 * p.value());
            assertEquals("2", p.attributes().get("seeds"));
            int year = Recipes.byId(p.label()).orElseThrow().year();
            assertEquals(year, p.date().getYear());
        }
    }

    @Test
    void aFailedAttemptIsRetriedAndItsPartialLogReplaced(@TempDir Path out) throws Exception {
        SweepCell victim = grid().cells().get(1);
        spark.conf().set(CellTask.FAIL_FIRST_ATTEMPT, victim.id());
        try {
            SweepReport r = engine.sweep(grid(), out.toString(), ProgressSink.NONE);
            assertEquals(4, r.rows().size());
            assertTrue(r.rows().stream().anyMatch(x -> x.cell().equals(victim.id())));
        } finally {
            spark.conf().unset(CellTask.FAIL_FIRST_ATTEMPT);
        }
        try (var files = Files.list(out.resolve("cells"))) {
            assertEquals(8, files.filter(f -> !f.getFileName().toString().contains(".tmp-")).count());
        }
    }

    @Test
    void aResumedSweepRerunsOnlyTheCellWhoseOutputIsMissing(@TempDir Path out) throws Exception {
        SweepReport first = engine.sweep(grid(), out.toString(), ProgressSink.NONE);
        SweepRow gone = first.rows().get(2);
        Files.delete(out.resolve("cells").resolve(gone.cell() + CellTask.ROW_SUFFIX));
        // A log without its row file is a partial cell: it must not count as complete.
        SweepReport second = engine.sweep(grid(), out.toString(), ProgressSink.NONE);
        assertEquals(1, second.ran());
        assertEquals(3, second.skipped());
        Map<String, SweepRow> before = first.rows().stream().collect(Collectors.toMap(SweepRow::cell,
                Function.identity()));
        for (SweepRow row : second.rows()) {
            if (!row.cell().equals(gone.cell())) {
                assertEquals(before.get(row.cell()), row, "a complete cell is read back, not rerun");
            }
        }
        assertEquals(gone.trainingFlops(), second.rows().get(2).trainingFlops(), "same seed, same budget");
        assertEquals(gone.finalAccuracy(), second.rows().get(2).finalAccuracy(), 1e-12, "CPU reruns reproduce");
    }

    @Test
    void bulkComputeToTargetReadsTheSweepsOwnLogs(@TempDir Path out) throws Exception {
        SweepReport r = engine.sweep(grid(), out.resolve("sweep").toString(), ProgressSink.NONE);
        // the sweep reads its target on the validation split, so the bulk measure reads the same series
        CttSpec q = new CttSpec("validation_accuracy", 0.3, null, null, "training_flops", null, null, Double.NaN);
        List<CttRow> rows = engine.computeToTarget(out.resolve("sweep").resolve("cells"), q,
                out.resolve("ctt").toString(), ProgressSink.NONE);
        // Only the four logs are found: row files (.done) are not log-like.
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(r.rows().stream().anyMatch(SweepRow::reached), "the target is low enough for some cells");
        for (SweepRow s : r.rows()) {
            CttRow c = rows.stream().filter(x -> x.source().endsWith(s.cell() + ".jsonl")).findFirst().orElseThrow();
            assertEquals("", c.problem());
            assertEquals(s.reached(), c.reached());
            if (s.reached()) {
                assertEquals(s.computeToTarget(), c.trainingFlops(), 1e-6 * s.computeToTarget());
            }
        }
        assertEquals(5, Files.readAllLines(out.resolve("ctt").resolve("ctt.csv")).size());
        assertEquals(4, spark.read().parquet(out.resolve("ctt").resolve("ctt.parquet").toString()).count());
    }
}
