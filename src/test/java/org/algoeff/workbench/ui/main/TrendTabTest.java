// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import javafx.geometry.Point2D;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.chart.SpecChart;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Efficiency trend tab in the real window (TestFX + Monocle) with the shipped HB20 table. */
@ExtendWith(ApplicationExtension.class)
class TrendTabTest {
    private final BackgroundRunner runner = new BackgroundRunner(2);
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, runner, new FakeDialogs());
        stage.show();
        window.openStartupData(SampleDataFiles.HB20_ALEXNET.toAbsolutePath());
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private void plotted() throws Exception {
        waitFor("trend plotted", () -> window.viewModel().trend().specProperty().get() != null
                && !window.viewModel().trend().specProperty().get().fits().isEmpty()
                && window.view().trendView().chart().spec() != null);
    }

    /** Screen position of a data point on the trend chart. */
    private Point2D onScreen(PlotPoint p) throws Exception {
        return onFx(() -> {
            SpecChart chart = window.view().trendView().chart();
            window.view().root().applyCss();
            window.view().root().layout();
            double sx = chart.xAxis().localToScreen(chart.xAxis().getDisplayPosition(p.x()), 0).getX();
            double sy = chart.yAxis().localToScreen(0, chart.yAxis().getDisplayPosition(p.y())).getY();
            return new Point2D(sx, sy);
        });
    }

    /** Regression: hovering AlexNet showed only the crosshair's "2012-06-01, 2.66x10^17", not which model it is. */
    @Test
    void hoveringAPointNamesTheModel(FxRobot robot) throws Exception {
        plotted();
        PlotPoint alexnet = onFx(() -> window.view().trendView().chart().spec().series().get(0).points().stream()
                .filter(p -> p.label().startsWith("AlexNet")).findFirst().orElseThrow());
        Point2D at = onScreen(alexnet);
        robot.moveTo(at.add(8, 8)).moveTo(at.add(1, 1));
        String hover = onFx(() -> window.view().trendView().chart().hoverText());
        assertTrue(hover.startsWith("AlexNet"), "hover reads: '" + hover + "'");
        assertTrue(hover.contains("2012"), hover);
    }
}
