// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MlflowReadersTest {
    private static ParseResult<List<Run>> readStore(Path path) throws Exception {
        return new MlflowFileStoreReader().read(path, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void realFileStoreWithStepsParamsAndRunName() throws Exception {
        Path root = SharedData.require("realworld/mlflow/moreh-diffusers__mlruns");
        ParseResult<List<Run>> r = readStore(root);
        assertEquals(1, r.value().size());
        Run run = r.value().get(0);
        assertEquals("bs10_2023-07-26_23:44:21", run.name());
        assertEquals("10", run.metadata().get("param.batch_size"));
        assertEquals("CompVis/stable-diffusion-v1-4", run.metadata().get("param.model"));
        assertEquals("CompVis/stable-diffusion-v1-4", run.metadata().get("mlflow.experiment"));
        assertEquals(List.of("avg_throughput", "interval_loss", "interval_throughput", "one_epoch_time"), run.tags());
        MetricSeries loss = run.series("interval_loss").orElseThrow();
        assertEquals(12, loss.size());
        assertEquals(2, loss.step(0));
        assertEquals(0.08961740881204605, loss.value(0), 0.0);
        assertEquals(1690382690.911, loss.wallTimeSeconds(0), 1e-6);
        assertEquals(30, loss.step(11));
        assertEquals(0.14331990480422974, loss.value(11), 0.0);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
    }

    @Test
    void realFileStoreWithAllZeroStepsIsOrderedByTimestampAndNamedFromTag() throws Exception {
        Path root = SharedData.require("realworld/mlflow/ConvNeXt-V2-UNet__mlruns");
        ParseResult<List<Run>> r = readStore(root);
        assertEquals(List.of("placid-shad-212", "nimble-roo-550"), r.value().stream().map(Run::name).toList());
        MetricSeries loss = r.value().get(1).series("loss").orElseThrow();
        assertEquals(100, loss.size());
        assertEquals(0.6286832690238953, loss.value(0), 0.0);
        assertEquals(0.04320835322141647, loss.value(99), 0.0);
        for (int i = 1; i < loss.size(); i++) {
            assertTrue(loss.wallTimeSeconds(i - 1) <= loss.wallTimeSeconds(i));
        }
        assertEquals(10, r.value().get(1).series("lr").orElseThrow().size());
        assertEquals(2, r.problems().stream().filter(p -> p.message().contains("step 0")).count());
    }

    @Test
    void legacyTwoFieldLinesUnsortedLinesAndBadLines(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("mlruns/1/abc");
        Files.createDirectories(run.resolve("metrics/train"));
        Files.writeString(dir.resolve("mlruns/1/meta.yaml"), "artifact_location: x\nexperiment_id: '1'\nname: e\n");
        Files.writeString(run.resolve("meta.yaml"), "run_id: abc\nrun_name: legacy\nexperiment_id: '1'\n");
        Files.writeString(run.resolve("metrics/old"), "1000 0.5\n2000 nan\n");
        Files.writeString(run.resolve("metrics/train/loss"), "3000 0.3 2\n1000 0.9 0\ngarbage\n2000 inf 1\n");
        ParseResult<List<Run>> r = readStore(dir.resolve("mlruns"));
        Run legacy = r.value().get(0);
        assertEquals("legacy", legacy.name());
        MetricSeries old = legacy.series("old").orElseThrow();
        assertEquals(0, old.step(1));
        assertTrue(Double.isNaN(old.value(1)));
        MetricSeries loss = legacy.series("train/loss").orElseThrow();
        assertEquals(List.of(0L, 1L, 2L), List.of(loss.step(0), loss.step(1), loss.step(2)));
        assertEquals(Double.POSITIVE_INFINITY, loss.value(1));
        assertTrue(r.problems().stream().anyMatch(p -> p.where().equals("line 3") && p.source().endsWith("loss")));
    }

    @Test
    void sqliteStoreWithMlflowSchemaReadsBack(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("mlflow.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String ddl : MlflowSchema.TABLES) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO experiments VALUES (0, 'Default', 'mlflow-artifacts:/0', 'active', 1, 1)");
            st.execute("INSERT INTO runs (run_uuid, name, source_type, status, start_time, lifecycle_stage, "
                    + "experiment_id) VALUES ('r1', 'gentle-cat-1', 'LOCAL', 'FINISHED', 100, 'active', 0)");
            st.execute("INSERT INTO params VALUES ('lr', '0.001', 'r1')");
            st.execute("INSERT INTO tags VALUES ('mlflow.runName', 'gentle-cat-1', 'r1')");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO metrics VALUES (?, ?, ?, 'r1', ?, ?)")) {
                for (int step = 0; step < 500; step++) {
                    ins.setString(1, "val/acc");
                    ins.setDouble(2, step == 7 ? 0 : step / 500.0);
                    ins.setLong(3, 1_700_000_000_000L + step * 1000L);
                    ins.setLong(4, step);
                    ins.setBoolean(5, step == 7);
                    ins.addBatch();
                }
                ins.setString(1, "loss");
                ins.setDouble(2, Double.MAX_VALUE);
                ins.setLong(3, 1_700_000_000_000L);
                ins.setLong(4, 0);
                ins.setBoolean(5, false);
                ins.addBatch();
                ins.executeBatch();
            }
        }
        LoadReport report = new RunLoader().load(List.of(db), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals("mlflow-sqlite", report.sources().get(0).format());
        Run run = report.runs().get(0);
        assertEquals("gentle-cat-1", run.name());
        assertEquals("0.001", run.metadata().get("param.lr"));
        assertEquals("Default", run.metadata().get("mlflow.experiment"));
        MetricSeries acc = run.series("val/acc").orElseThrow();
        assertEquals(500, acc.size());
        assertTrue(Double.isNaN(acc.value(7)));
        assertEquals(499 / 500.0, acc.value(499), 0.0);
        assertEquals(1_700_000_000.0, acc.wallTimeSeconds(0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, run.series("loss").orElseThrow().value(0));
    }

    @Test
    void sqliteFileWithoutMlflowTablesIsAProblem(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        ParseResult<List<Run>> r = new MlflowSqliteReader().read(db, ProgressSink.NONE, CancellationToken.NEVER);
        assertTrue(r.value().isEmpty());
        assertTrue(r.problems().get(0).message().contains("without MLflow"));
    }
}
