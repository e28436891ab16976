// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.cli.CliRun;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.testsupport.SharedData;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.DialogService;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main job end to end in the real window (TestFX + Monocle) on real logs from ../shared/realworld: load a
 * TensorBoard run, two Lightning CSV runs and a Keras log; on the Runs tab choose val_acc &gt;= 0.8, give compute
 * through the compute dialog (the TensorBoard run 4e12 FLOP per step, the CSV runs 1e12), date the CSV runs through
 * the date dialog; fit the runs data set, export it, save the workspace and reopen it. Every compute-to-target in the
 * window equals what {@code algoeff ctt} prints for the same logs and options, to the last digit.
 */
@ExtendWith(ApplicationExtension.class)
class RunsFlowWindowTest {
    private static final String TB = "realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0";
    private static final String CSV1 = "realworld/lightning_csv/dl-fundamentals__version_1__metrics.csv";
    private static final String CSV2 = "realworld/lightning_csv/dl-fundamentals__version_2__metrics.csv";
    private static final String KERAS = "realworld/keras_csv/Behavioral_Cloning_SDCP4__training.log";
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkbenchWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new BackgroundRunner(2), 0, new LazyPathLoader(new RunLoader()),
                new TrendCsvReader("test"), new TrendChartComposer(new TrendFitter("test")), new WorkspaceStore(),
                dialogs);
        window.viewModel().trend().setBootstrap(500, 1);
        stage.show();
    }

    @Test
    void logsBecomeAFittedTrendThatSurvivesAReopen(FxRobot robot) throws Exception {
        Path tb = SharedData.require(TB);
        Path csv1 = SharedData.require(CSV1);
        Path csv2 = SharedData.require(CSV2);
        Path keras = SharedData.require(KERAS);
        RunsViewModel runs = window.viewModel().runs();
        onFx(() -> window.viewModel().sources().load(List.of(tb, csv1, csv2, keras)));
        waitFor("four runs", () -> runs.runs().size() == 4);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        assertEquals("Runs", onFx(() -> window.view().tabs().getSelectionModel().getSelectedItem().getText()));
        ComboBox<String> metric = robot.lookup("#runsMetric").queryComboBox();
        onFx(() -> metric.getSelectionModel().select("val_acc"));
        robot.clickOn("#runsTarget").eraseText(8).write("0.8").push(KeyCode.ENTER);
        waitFor("four rows", () -> runs.rows().size() == 4 && runs.question() != null);
        assertTrue(onFx(() -> runs.rows().stream().allMatch(r -> r.status() == RunOutcome.Status.NOT_MEASURED)),
                "no log has FLOPs of its own yet");

        giveCompute(robot, List.of(0), "4e12");
        giveCompute(robot, List.of(1, 2), "1e12");
        giveDate(robot, 1, "2023-03-01");
        giveDate(robot, 2, "2024-01-15");
        waitFor("three trend points", () -> runs.datasetProperty().get() != null
                && runs.datasetProperty().get().points().size() == 3);
        RunOutcome kerasRow = onFx(() -> runs.rows().get(3));
        assertTrue(kerasRow.reason().contains("no series 'val_acc'"), kerasRow.reason());
        assertEquals("first logged wall time (tfevents)", onFx(() -> runs.rows().get(0).dateOrigin()));

        // The same numbers as the command line, to the last digit.
        JsonNode tbCli = json(CliRun.of("ctt", tb.toString(), "--metric", "val_acc", "--target", "0.8",
                "--flops-per-step", "4e12", "--json"));
        assertEquals(tbCli.get("training_flops").asDouble(), onFx(() -> runs.rows().get(0).trainingFlops()), 0.0);
        JsonNode csvCli = json(CliRun.of("ctt", csv1.toString(), csv2.toString(), "--metric", "val_acc", "--target",
                "0.8", "--flops-per-step", "1e12", "--date", "dl-fundamentals__version_1__metrics=2023-03-01",
                "--date", "dl-fundamentals__version_2__metrics=2024-01-15", "--json"));
        for (int i = 0; i < 2; i++) {
            int row = i + 1;
            assertEquals(csvCli.get("runs").get(i).get("computeToTarget").asDouble(),
                    onFx(() -> runs.rows().get(row).trainingFlops()), 0.0);
        }

        String runsName = "runs: val_acc >= 0.8";
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        ComboBox<String> fitted = robot.lookup("#fittedDataset").queryComboBox();
        waitFor("runs data set offered under Fit", () -> fitted.getItems().contains(runsName));
        onFx(() -> fitted.getSelectionModel().select(runsName));
        onFx(() -> window.viewModel().trend().frontierOnlyProperty().set(false));
        waitFor("fit of the runs", () -> fitOf(runsName) != null);
        TrendFit fit = onFx(() -> window.viewModel().trend().fitProperty().get());
        assertEquals(3, fit.points().size());
        String readout = onFx(() -> window.viewModel().trend().readoutProperty().get());
        assertTrue(readout.contains("every") && readout.contains("months"), readout);

        dialogs.saveAnswer = dir.resolve("runs-trend.csv");
        robot.clickOn("Export").clickOn("Plotted numbers as CSV…");
        waitFor("CSV export", () -> Files.exists(dialogs.saveAnswer));
        String exported = Files.readString(dialogs.saveAnswer);
        assertTrue(exported.contains("dl-fundamentals__version_2__metrics"), exported);

        Path workspace = dir.resolve("mine.algoeff");
        assertTrue(onFx(() -> window.viewModel().workspace().saveAs(workspace)));
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        TrendDataset before = onFx(() -> runs.datasetProperty().get());
        onFx(() -> window.viewModel().workspace().open(workspace));
        // The old data set stays until the reopened runs are measured: wait for a new one from four new runs.
        waitFor("reopened with its trend", () -> runs.datasetProperty().get() != before
                && runs.datasetProperty().get() != null && runs.datasetProperty().get().points().size() == 3
                && runs.runs().size() == 4 && runs.rows().size() == 4 && fitOf(runsName) != null);
        List<RunItem> items = onFx(() -> List.copyOf(runs.runs()));
        assertEquals(new ComputeSource.FlopsPerStep(4e12), onFx(() -> items.get(0).computeProperty().get()));
        assertEquals(LocalDate.of(2024, 1, 15), onFx(() -> items.get(2).dateProperty().get()));
        assertEquals(tbCli.get("training_flops").asDouble(), onFx(() -> runs.rows().get(0).trainingFlops()), 0.0);
        assertEquals(readout, onFx(() -> window.viewModel().trend().readoutProperty().get()),
                "the same fit after reopening");
    }

    private TrendFit fitOf(String name) {
        TrendFit f = window.viewModel().trend().fitProperty().get();
        return f != null && name.equals(window.viewModel().trend().fittedProperty().get())
                && !window.viewModel().trend().busyProperty().get() && f.points().size() == 3 ? f : null;
    }

    /** Selects table rows (in load order), opens "Set compute…" and enters FLOPs per step in the dialog. */
    private void giveCompute(FxRobot robot, List<Integer> rows, String flopsPerStep) throws Exception {
        select(rows);
        robot.clickOn("#runsSetCompute");
        ComboBox<String> kind = robot.lookup("#computeKind").queryComboBox();
        onFx(() -> kind.getSelectionModel().select("FLOPs per step"));
        robot.clickOn("#computeFlopsPerStep").write(flopsPerStep);
        robot.clickOn("OK");
        waitFor("compute set", () -> rows.stream().allMatch(i -> window.viewModel().runs().runs().get(i)
                .computeProperty().get() != null));
        assertInstanceOf(ComputeSource.FlopsPerStep.class, onFx(() -> window.viewModel().runs().runs()
                .get(rows.get(0)).computeProperty().get()));
    }

    /** Selects one row, opens "Set date…" and types an ISO date into the date picker. */
    private void giveDate(FxRobot robot, int row, String iso) throws Exception {
        select(List.of(row));
        robot.clickOn("#runsSetDate");
        DatePicker picker = robot.lookup("#runDatePicker").query();
        robot.clickOn(picker.getEditor()).eraseText(12).write(iso);
        robot.clickOn("OK");
        waitFor("date set", () -> LocalDate.parse(iso).equals(window.viewModel().runs().runs().get(row)
                .dateProperty().get()));
    }

    private void select(List<Integer> rows) throws Exception {
        TableView<RunOutcome> table = window.view().runsView().table();
        onFx(() -> {
            table.getSortOrder().clear();
            table.getSelectionModel().clearSelection();
            rows.forEach(i -> table.getSelectionModel().select(i));
        });
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
