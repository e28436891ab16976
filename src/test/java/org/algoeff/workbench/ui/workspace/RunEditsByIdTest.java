// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.mlflow.MlflowSchema;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;
import org.algoeff.workbench.ui.trend.TrendViewModel;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two MLflow runs with one name in one database keep their own compute source and date through a save and a
 * reopen: edits are keyed by run id, not by name. The question (metric, target, direction, smoothing) comes back.
 */
class RunEditsByIdTest {
    @TempDir
    Path dir;

    private static void twoRunsNamedTheSame(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String ddl : MlflowSchema.TABLES) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO experiments VALUES (0, 'Default', 'mlflow-artifacts:/0', 'active', 1, 1)");
            for (String id : List.of("aaa", "bbb")) {
                st.execute("INSERT INTO runs (run_uuid, name, source_type, status, start_time, lifecycle_stage, "
                        + "experiment_id) VALUES ('" + id + "', 'Random Forest', 'LOCAL', 'FINISHED', "
                        + (id.equals("aaa") ? "1600000000000" : "1700000000000") + ", 'active', 0)");
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO metrics VALUES ('acc', ?, ?, ?, ?, 0)")) {
                for (String id : List.of("aaa", "bbb")) {
                    for (int step = 0; step <= 100; step++) {
                        ins.setDouble(1, step / 100.0);
                        ins.setLong(2, 1_600_000_000_000L + step);
                        ins.setString(3, id);
                        ins.setLong(4, step);
                        ins.addBatch();
                    }
                }
                ins.executeBatch();
            }
        }
    }

    @Test
    void editsOfSameNamedRunsComeBackToTheRightRun() throws Exception {
        Path db = dir.resolve("mlflow.db");
        twoRunsNamedTheSame(db);
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        SyncRunner runner = new SyncRunner();
        SourcesViewModel sources = onFx(() -> new SourcesViewModel(runner, new LazyPathLoader(new RunLoader()),
                new TrendCsvReader("test")));
        TrendViewModel trend = onFx(() -> new TrendViewModel(new TrendChartComposer(new TrendFitter("test")),
                new LatestWins(runner, 0)));
        CurveViewModel curves = onFx(() -> new CurveViewModel(new LatestWins(runner, 0)));
        RunsViewModel runs = onFx(() -> new RunsViewModel(new RunsTrendService("test", Clock.systemUTC()),
                new LatestWins(runner, 0)));
        WorkspaceViewModel ws = onFx(() -> new WorkspaceViewModel(sources, trend, curves, runs, new WorkspaceStore(),
                dialogs));
        onFx(() -> sources.load(List.of(db)));
        List<RunItem> items = onFx(() -> sources.items().get(0).runs());
        assertEquals(List.of("aaa", "bbb"), items.stream().map(r -> r.run().id()).toList());
        assertEquals(LocalDate.of(2020, 9, 13), items.get(0).recordedDate().date(), "MLflow start_time");
        onFx(() -> {
            items.get(1).computeProperty().set(new ComputeSource.SixND(1.2e8, 2048));
            items.get(1).dateProperty().set(LocalDate.of(2021, 6, 1));
            runs.metricProperty().set("acc");
            runs.targetProperty().set(0.7);
            runs.smoothingProperty().set(0.3);
        });
        assertTrue(onFx(() -> ws.dirtyProperty().get()));
        Path file = dir.resolve("w.algoeff");
        assertTrue(onFx(() -> ws.saveAs(file)));
        assertTrue(Files.readString(file).contains("\"runId\" : \"bbb\""), Files.readString(file));

        onFx(() -> {
            runs.targetProperty().set(Double.NaN);
            runs.smoothingProperty().set(0);
        });
        onFx(() -> ws.open(file));
        List<RunItem> back = onFx(() -> sources.items().get(0).runs());
        assertNull(onFx(() -> back.get(0).computeProperty().get()), "run aaa was given nothing");
        assertNull(onFx(() -> back.get(0).dateProperty().get()));
        assertEquals(new ComputeSource.SixND(1.2e8, 2048), onFx(() -> back.get(1).computeProperty().get()));
        assertEquals(LocalDate.of(2021, 6, 1), onFx(() -> back.get(1).dateProperty().get()));
        assertEquals(0.7, onFx(() -> runs.targetProperty().get()));
        assertEquals(0.3, onFx(() -> runs.smoothingProperty().get()));
        assertEquals("acc", onFx(() -> runs.metricProperty().get()));
        assertFalse(onFx(() -> ws.dirtyProperty().get()));
    }
}
