// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.CheckBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import io.fair_acc.dataset.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.export.ExportService;
import org.algoeff.workbench.ui.rerun.RerunsViewModel;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reruns tab in the real window under TestFX + Monocle: Ctrl+4 opens it, Start runs a real tiny DL4J rerun
 * (lenet-1998, one seed, 1,000 training and 200 test digits, one epoch, target 0.5) on the serial rerun thread, and its
 * compute-to-target lands on the efficiency-trend chart at 1 July 1998. With {@code -Dscreenshots=true} it runs three
 * recipes with five seeds instead and writes docs/screenshots/window-reruns.png and
 * window-reruns-trend.png.
 */
@ExtendWith(ApplicationExtension.class)
class RerunsWindowTest {
    private static final boolean SCREENSHOT = Boolean.getBoolean("screenshots");
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, new BackgroundRunner(2), new FakeDialogs());
        stage.show();
        window.openStartupData(SampleDataFiles.HB20_ALEXNET.toAbsolutePath());
    }

    @Test
    void aTinyRealRerunPutsItsPointOnTheTrendChart(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        assertEquals("Reruns", onFx(() -> window.view().tabs().getSelectionModel().getSelectedItem().getText()));
        RerunsViewModel vm = window.viewModel().reruns();
        CheckBox fullCurve = robot.lookup("#rerunFullCurve").queryAs(CheckBox.class);
        assertTrue(onFx(fullCurve::isSelected), "full curves by default, so targets above the batch's can be read");
        assertTrue(onFx(() -> vm.fullCurveProperty().get()));
        Set<String> picked = SCREENSHOT ? Set.of("lenet-1998", "bn-2015", "sepconv-2019") : Set.of("lenet-1998");
        onFx(() -> {
            vm.recipes().forEach(c -> c.selected().set(picked.contains(c.recipe().id())));
            vm.seedsProperty().set(SCREENSHOT ? 5 : 1);
            vm.trainLimitProperty().set(SCREENSHOT ? 2000 : 1000);
            vm.testLimitProperty().set(200);
            vm.maxEpochsProperty().set(1);
            vm.targetProperty().set(SCREENSHOT ? "0.7" : "0.5");
        });
        robot.clickOn("#rerunStart");
        waitFor("rerun finished", 120, () -> !vm.runningProperty().get()
                && !vm.statusProperty().get().startsWith("starting"));
        String status = onFx(() -> vm.statusProperty().get());
        assertTrue(status.startsWith(SCREENSHOT ? "done: 3 recipe(s), 3 on" : "done: 1 recipe(s), 1 on the trend chart"), status + "; "
                + onFx(() -> vm.notReached().toString()));
        assertTrue(onFx(() -> vm.backendLineProperty().get()).startsWith("CPU: CpuBackend"),
                onFx(() -> vm.backendLineProperty().get()));
        assertTrue(onFx(() -> !vm.liveCurvesProperty().get().isEmpty()), "live curve shown");
        waitFor("rerun series on the trend chart", 30, () -> window.viewModel().trend().specProperty().get() != null
                && window.viewModel().trend().specProperty().get().series().stream()
                        .anyMatch(s -> s.name().equals("your machine (cpu)")));
        PlotSeries mine = onFx(() -> window.viewModel().trend().specProperty().get().series().stream()
                .filter(s -> s.name().equals("your machine (cpu)")).findFirst().orElseThrow());
        assertEquals(DecimalYear.of(LocalDate.of(1998, 7, 1)), mine.points().get(0).x(), 1e-9);
        assertTrue(mine.points().get(0).y() > 0);
        List<String> drawn = onFx(() -> window.view().trendView().chart().node().getAllDatasets().stream()
                .filter(d -> d.getDataCount() > 0).map(DataSet::getName).toList());
        assertTrue(drawn.stream().anyMatch(n -> n.contains("your machine (cpu)")), drawn.toString());
        if (SCREENSHOT) {
            Thread.sleep(500);
            shoot("window-reruns.png");
            onFx(() -> window.view().selectTab(0));
            robot.moveTo("#status"); // keep the crosshair off the chart
            Thread.sleep(500);
            shoot("window-reruns-trend.png");
        }
    }

    @Test
    void enterInTheHalvingTargetsFieldDoesNotStartABatch(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        RerunsViewModel vm = window.viewModel().reruns();
        String idle = onFx(() -> vm.statusProperty().get());
        robot.clickOn("#rerunsSensitivityTargets").write("0.5,0.6").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.5,0.6", onFx(() -> vm.sensitivity().targetsTextProperty().get()));
        assertFalse(onFx(() -> vm.runningProperty().get()), "Enter in the targets field started a batch");
        assertEquals(idle, onFx(() -> vm.statusProperty().get()));
        // The default button still answers Enter elsewhere in the tab, so the field is what stops it.
        onFx(() -> vm.recipes().forEach(c -> c.selected().set(false)));
        robot.clickOn("#rerunTarget").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pick at least one recipe", onFx(() -> vm.statusProperty().get()));
    }

    private void shoot(String name) throws Exception {
        WritableImage img = onFx(() -> window.scene().snapshot(null));
        Path out = Path.of("docs", "screenshots", name);
        Files.createDirectories(out.getParent());
        new ExportService().writePng(img, out);
    }

    private static void waitFor(String what, long seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
