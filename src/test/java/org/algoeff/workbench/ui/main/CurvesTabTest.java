// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.stage.Stage;

import io.fair_acc.dataset.DataSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.ui.chart.CurveChart;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Training curves tab in the real window (TestFX + Monocle), with runs logged from step 0. */
@ExtendWith(ApplicationExtension.class)
class CurvesTabTest {
    private final BackgroundRunner runner = new BackgroundRunner(2);
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        window = TestWindows.open(stage, runner, new FakeDialogs());
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        runner.close();
    }

    private void loadRunsFromStepZero() throws Exception {
        onFx(() -> window.viewModel().sources().load(List.of(Path.of("from-zero"))));
        waitFor("runs loaded", () -> window.viewModel().curves().curvesProperty().get().size() == 2);
    }

    private static List<String> drawnNames(CurveChart chart) {
        return chart.plot().getAllDatasets().stream().map(DataSet::getName).toList();
    }

    /** Regression: the tab, built on first use, showed "value []" and nothing until a control changed. */
    @Test
    void theTabDrawsTheCurvesTheFirstTimeItIsOpened() throws Exception {
        loadRunsFromStepZero();
        onFx(() -> window.view().selectTab(1));
        CurveChart chart = onFx(() -> window.view().curveView().chart());
        List<String> names = onFx(() -> drawnNames(chart));
        assertTrue(names.contains("zero-a") && names.contains("zero-b"), "drawn: " + names);
        assertEquals("loss", onFx(() -> chart.yAxis().getName()));
    }

    /** Regression: log x on a run with step 0 threw in the reducer on every frame (a dialog storm, a frozen UI). */
    @Test
    void logXOnRunsLoggedFromStepZeroDrawsWithoutErrors() throws Exception {
        loadRunsFromStepZero();
        onFx(() -> window.view().selectTab(1));
        onFx(() -> window.viewModel().curves().logXProperty().set(true));
        for (int frame = 0; frame < 5; frame++) {
            onFx(() -> {
                window.view().curveView().chart().plot().requestLayout();
                window.view().curveView().chart().plot().layout();
            });
        }
        assertEquals(List.of(), uncaught, "no exception while drawing");
        CurveChart chart = onFx(() -> window.view().curveView().chart());
        assertTrue(onFx(() -> chart.xAxis().isLogAxis()));
        assertFalse(onFx(() -> drawnNames(chart)).isEmpty());
        assertTrue(onFx(() -> chart.xAxis().getMin()) > 0, "a log axis starts above 0");
    }

    @Test
    void theSeriesListFilterAndTypedSmoothingDriveTheChart(FxRobot robot) throws Exception {
        loadRunsFromStepZero();
        onFx(() -> window.view().selectTab(1));
        javafx.scene.Parent root = onFx(() -> (javafx.scene.Parent) window.view().root());
        robot.clickOn(robot.from(root).lookup("#seriesMenu").queryAs(javafx.scene.control.MenuButton.class));
        robot.clickOn("accuracy");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitFor("two series per run", () -> window.viewModel().curves().curvesProperty().get().size() == 4);
        assertTrue(onFx(() -> window.view().curveView().chart().legendNames()).contains("zero-a · accuracy"));
        robot.clickOn(robot.from(root).lookup("#tagFilter").queryAs(javafx.scene.control.TextField.class))
                .write("^acc");
        waitFor("filtered", () -> window.viewModel().curves().curvesProperty().get().size() == 2);
        assertEquals("accuracy", onFx(() -> window.view().curveView().chart().yAxis().getName()));
        javafx.scene.control.TextField smoothing = robot.from(root).lookup("#smoothingValue")
                .queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(smoothing).eraseText(8).write("0.9").press(javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER);
        assertEquals(0.9, onFx(() -> window.viewModel().curves().smoothingProperty().get()), 1e-12);
        assertEquals("0.900", onFx(() -> smoothing.getText()));
    }
}
