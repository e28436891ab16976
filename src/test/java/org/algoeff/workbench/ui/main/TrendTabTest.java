// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.chart.SpecChart;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Efficiency trend tab in the real window (TestFX + Monocle) with the shipped HB20 table. */
@ExtendWith(ApplicationExtension.class)
class TrendTabTest {
    @TempDir
    static Path dir;
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

    /**
     * The on-screen legend is the exports' legend: the same entries (frontier points and the fit's band included),
     * inside the plot, over none of the data (ChartFX's legend below the plot had error-bar crosses as symbols).
     */
    @Test
    void legendShowsTheExportsEntriesInsideThePlotClearOfTheData() throws Exception {
        plotted();
        Thread.sleep(300);
        List<String> expected = onFx(() -> org.algoeff.workbench.io.export.Legend.rows(
                window.view().trendView().chart().spec()).stream().map(r -> r.text()).toList());
        assertTrue(expected.stream().anyMatch(t -> t.endsWith("(frontier)")), expected.toString());
        javafx.scene.Node legend = onFx(() -> window.view().trendView().chart().node().lookup(".spec-legend"));
        List<String> shown = onFx(() -> ((javafx.scene.layout.VBox) legend).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertEquals(expected, shown);
        // The legend is placed on the layout pass after the chart's; under load the first look can come between
        // the two (seen once in the full suite: the legend still at the previous, wider canvas). Wait for it to
        // settle; a legend that never fits inside fails here.
        waitFor("legend laid out inside the plot", () -> insideCanvas(legend));
        javafx.geometry.Bounds box = onFx(() -> legend.getBoundsInParent());
        for (PlotPoint p : onFx(() -> window.view().trendView().chart().spec().series().get(0).points())) {
            double px = onFx(() -> window.view().trendView().chart().xAxis().getDisplayPosition(p.x()));
            double py = onFx(() -> window.view().trendView().chart().yAxis().getDisplayPosition(p.y()));
            assertFalse(box.contains(px, py), p.label() + " under the legend");
        }
    }

    private boolean insideCanvas(javafx.scene.Node legend) {
        javafx.geometry.Bounds box = legend.getBoundsInParent();
        double w = window.view().trendView().chart().node().getCanvas().getWidth();
        double h = window.view().trendView().chart().node().getCanvas().getHeight();
        return box.getWidth() > 0 && box.getMinX() >= 0 && box.getMaxX() <= w + 1 && box.getMinY() >= 0
                && box.getMaxY() <= h + 1;
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
        // And it is drawn where it can be seen (on the desktop it was laid out to zero size).
        javafx.geometry.Bounds label = onFx(() -> {
            Node n = window.view().trendView().chart().node().lookup(".chart-hover-label");
            return n.localToScene(n.getLayoutBounds());
        });
        javafx.geometry.Bounds plot = onFx(() -> window.view().trendView().chart().node().localToScene(
                window.view().trendView().chart().node().getLayoutBounds()));
        assertTrue(label.getWidth() > 60 && label.getHeight() > 30, "label size " + label);
        assertTrue(plot.contains(label.getMinX(), label.getMinY()), "label at " + label + " inside " + plot);
    }

    /** Regression: From/To took only M/D/YYYY; an ISO date was silently reverted. */
    @Test
    void fromAndToAcceptIsoDatesAndShowThemSo(FxRobot robot) throws Exception {
        plotted();
        Parent root = onFx(() -> (Parent) window.view().root());
        DatePicker from = robot.from(root).lookup("#fitFrom").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("2014-01-01").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(LocalDate.of(2014, 1, 1), onFx(() -> window.viewModel().trend().fromProperty().get()));
        DatePicker to = robot.from(root).lookup("#fitTo").queryAs(DatePicker.class);
        robot.clickOn(to.getEditor()).write("12/31/2018").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(LocalDate.of(2018, 12, 31), onFx(() -> window.viewModel().trend().toProperty().get()),
                "the locale's short form still works");
        assertEquals("2018-12-31", onFx(() -> to.getEditor().getText()), "dates read as ISO");
        onFx(() -> window.view().tabs().requestFocus());
        assertEquals(LocalDate.of(2018, 12, 31), onFx(() -> window.viewModel().trend().toProperty().get()),
                "leaving the field keeps the date too");
        assertEquals("2018-12-31", onFx(() -> to.getEditor().getText()));
    }

    /** Regression: the overlay's anchor went back to "earliest point" whenever another source arrived. */
    @Test
    void theOverlayAnchorSurvivesANewSourceAndItsLossIsSaid() throws Exception {
        plotted();
        TrendPoint resnet = onFx(() -> window.viewModel().trend().anchorChoices().stream()
                .filter(p -> p.label().startsWith("ResNet")).findFirst().orElseThrow());
        onFx(() -> window.viewModel().trend().anchorProperty().set(resnet));
        Path other = Files.writeString(dir.resolve("other.csv"), "model,date,compute_flop\nX,2016-01-01,1e17\n");
        onFx(() -> window.viewModel().sources().load(List.of(other)));
        waitFor("second source", () -> window.viewModel().sources().items().size() == 2);
        assertEquals(resnet, onFx(() -> window.viewModel().trend().anchorProperty().get()), "anchor kept");
        ComboBox<?> anchor = onFx(() -> (ComboBox<?>) window.view().root().lookup("#overlayAnchor"));
        assertEquals(resnet, onFx(anchor::getValue), "and shown");
        assertEquals("", onFx(() -> window.viewModel().trend().anchorNoticeProperty().get()));
        onFx(() -> window.viewModel().sources().remove(window.viewModel().sources().items().get(0)));
        waitFor("fallback", () -> window.viewModel().trend().anchorProperty().get() == null);
        String notice = onFx(() -> window.viewModel().trend().anchorNoticeProperty().get());
        assertTrue(notice.contains("ResNet") && notice.contains("earliest"), notice);
    }

    /** Regression: switching to Reruns put the cursor in the chart title with its text selected. */
    @Test
    void switchingTabsLeavesTheChartTitleAlone(FxRobot robot) throws Exception {
        plotted();
        TextField title = onFx(() -> (TextField) window.view().root().lookup("#chartTitle"));
        robot.clickOn("Training curves");
        // The desktop case: the focused control is on the tab being left.
        robot.clickOn(robot.from(window.view().root()).lookup("#curveTarget").queryAs(TextField.class));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertEquals(3, onFx(() -> window.view().tabs().getSelectionModel().getSelectedIndex()), "on Reruns");
        onFx(() -> window.view().root().layout());
        Node focused = onFx(() -> window.view().root().getScene().getFocusOwner());
        assertNotEquals(title, focused, "focus: " + focused);
        assertEquals("", onFx(() -> title.getSelectedText()));
    }
}
