// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.bench.BenchmarkReport;
import org.algoeff.workbench.rerun.RerunListener;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same grid run serially (the plain RerunService loop of {@code algoeff rerun}) and as a Spark job on
 * local[2], side by side: speed-up, and Spark's overhead per task (sweep wall time minus the slowest core's work).
 */
@Tag("benchmark")
class SparkSweepBenchmark {
    private static SweepGrid grid() {
        return new SweepGrid(List.of("mlp-1986", "lenet-1998", "cnn-2012", "bn-2015"), List.of(1L, 2L),
                List.of(0.9), List.of(Path.of("sample-data", "mnist-10k").toAbsolutePath().toString()), 1, 2000, 500,
                "cpu", 1);
    }

    @Test
    void serialLoopAgainstLocal2(@TempDir Path out) throws Exception {
        SweepGrid grid = grid();
        RerunService service = new RerunService();
        // Warm-up: ND4J's native start-up is paid once per JVM, by both sides alike.
        service.rerun(grid.cells().get(0).request(null), ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
        long t0 = System.nanoTime();
        double work = 0;
        for (SweepCell c : grid.cells()) {
            RerunResult r = service.rerun(c.request(out.resolve("serial").resolve(c.id() + ".jsonl")),
                    ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
            work += r.seconds();
        }
        double serial = (System.nanoTime() - t0) / 1e9;
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            long s0 = System.nanoTime();
            SweepReport report = new SparkSweepEngine(spark).sweep(grid, out.resolve("spark").toString(),
                    ProgressSink.NONE);
            double sparkSeconds = (System.nanoTime() - s0) / 1e9;
            assertEquals(grid.cells().size(), report.ran());
            double cellSeconds = report.rows().stream().mapToDouble(SweepRow::seconds).sum();
            int n = grid.cells().size();
            double overhead = (sparkSeconds - cellSeconds / 2) / n;
            String figures = String.format(Locale.ROOT, "%d cells (4 recipes x 2 seeds, 1 epoch, 2000/500 digits): "
                    + "serial %.1f s (rerun work %.1f s); local[2] %.1f s (sum of cell times %.1f s, %.2f s per cell "
                    + "vs %.2f serial); speed-up %.2fx; Spark overhead per task %.2f s (wall - cell time / 2, / cells)",
                    n, serial, work, sparkSeconds, cellSeconds, cellSeconds / n, work / n, serial / sparkSeconds,
                    overhead);
            BenchmarkReport.record("spark sweep", figures);
        } finally {
            spark.stop();
        }
    }
}
