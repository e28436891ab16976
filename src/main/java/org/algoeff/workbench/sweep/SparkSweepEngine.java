// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The Spark engine: each grid cell (or each discovered run source) is one task of one job, so a failed task is
 * retried by Spark ({@code spark.task.maxFailures}; {@code local[N,F]} in local mode) and cells already complete in
 * the output folder are skipped. Loaded only through {@link SweepEngines}.
 */
public final class SparkSweepEngine implements SweepEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSweepEngine.class);
    private final SparkSession spark;
    private final boolean ownSession;

    public SparkSweepEngine(String master, Map<String, String> conf) {
        JacksonCheck.verify();
        boolean existing = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession.Builder b = SparkSession.builder().appName("algoeff sweep");
        String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
        b.master(effective);
        if (effective.startsWith("local")) {
            b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2");
        }
        conf.forEach(b::config);
        this.spark = b.getOrCreate();
        this.ownSession = !existing;
    }

    /** Wraps a session the caller owns (tests share one across methods); {@link #close} leaves it running. */
    public SparkSweepEngine(SparkSession session) {
        JacksonCheck.verify();
        this.spark = session;
        this.ownSession = false;
    }

    @Override
    public SweepReport sweep(SweepGrid grid, String output, ProgressSink progress) throws IOException {
        long started = System.nanoTime();
        SweepOutput out = SweepOutput.open(output);
        checkManifest(out, grid);
        int removed = out.removeTemporaries();
        if (removed > 0) {
            LOG.info("removed {} partial files of earlier killed attempts", removed);
        }
        List<SweepCell> cells = grid.cells();
        Set<String> complete = new HashSet<>(out.cellFiles(CellTask.ROW_SUFFIX));
        List<SweepCell> todo = cells.stream().filter(c -> !complete.contains(c.id() + CellTask.ROW_SUFFIX)).toList();
        progress.progress(0, todo.size() + " of " + cells.size() + " cells to run");
        String location = out.uri().toString();
        String failCell = spark.conf().get(CellTask.FAIL_FIRST_ATTEMPT, "");
        if (!todo.isEmpty()) {
            SparkListener listener = progressListener(progress, todo.size(), "cells");
            spark.sparkContext().addSparkListener(listener);
            try {
                jsc().setJobDescription("algoeff sweep: " + todo.size() + " cells");
                jsc().parallelize(todo, todo.size()).map(c -> CellTask.run(c, location, failCell)).collect();
            } finally {
                spark.sparkContext().removeSparkListener(listener);
            }
        }
        List<SweepRow> rows = new ArrayList<>();
        for (SweepCell c : cells) {
            // Built from the row files only: a cell without one is not complete and stays out of the summary.
            if (out.exists(CellTask.rowFile(c))) {
                rows.add(CellTask.readRow(out, CellTask.rowFile(c)));
            }
        }
        out.write("summary.csv", SweepRow.toCsv(rows), "driver");
        SparkTables.writeSweepParquet(spark, rows, out.location("summary.parquet"));
        progress.progress(1, rows.size() + " cells complete");
        return new SweepReport(rows, todo.size(), cells.size() - todo.size(), out.location("summary.csv"),
                out.location("summary.parquet"), (System.nanoTime() - started) / 1e9);
    }

    private static void checkManifest(SweepOutput out, SweepGrid grid) throws IOException {
        if (out.exists("sweep.json")) {
            SweepGrid before = new com.fasterxml.jackson.databind.ObjectMapper().readValue(out.read("sweep.json"),
                    SweepGrid.class);
            if (!before.sameSettings(grid)) {
                throw new IllegalArgumentException(out.uri() + " holds a sweep with other data sets, epochs, limits "
                        + "or backend; its cells cannot be reused: choose another output folder");
            }
        }
        out.write("sweep.json", grid.toJson(), "driver");
    }

    @Override
    public List<CttRow> computeToTarget(Path root, CttSpec spec, String output, ProgressSink progress)
            throws IOException {
        List<RunLoader.FoundSource> found = new RunLoader().discover(root, CancellationToken.NEVER);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(root + ": no training logs found");
        }
        progress.progress(0, found.size() + " run sources");
        String version = toolVersion();
        SparkListener listener = progressListener(progress, found.size(), "sources");
        spark.sparkContext().addSparkListener(listener);
        List<CttRow> rows;
        try {
            jsc().setJobDescription("algoeff sweep-ctt: " + found.size() + " sources");
            rows = jsc().parallelize(found, found.size()).flatMap(f -> CttTask.run(f, spec, version).iterator())
                    .collect();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        SweepOutput out = SweepOutput.open(output);
        out.write("ctt.csv", CttRow.toCsv(rows), "driver");
        SparkTables.writeCttParquet(spark, rows, out.location("ctt.parquet"));
        progress.progress(1, rows.size() + " runs");
        return rows;
    }

    /** Reports finished tasks (failed attempts say so; Spark retries them). */
    private static SparkListener progressListener(ProgressSink progress, int tasks, String what) {
        AtomicInteger done = new AtomicInteger();
        return new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful()) {
                    int n = done.incrementAndGet();
                    progress.progress(n / (double) tasks, n + " of " + tasks + " " + what + " done");
                } else {
                    progress.progress(done.get() / (double) tasks, "a task attempt failed ("
                            + end.reason() + "); Spark retries it");
                }
            }
        };
    }

    private JavaSparkContext jsc() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    private static String toolVersion() {
        String v = SparkSweepEngine.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        if (ownSession) {
            spark.stop();
        }
    }
}
