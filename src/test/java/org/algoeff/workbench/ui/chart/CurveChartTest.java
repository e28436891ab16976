// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.ctt.TensorBoardSmoothing;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotPalette;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curve chart as drawn (TestFX + Monocle): raw under smoothed, legend, crosshair, zoom gestures. */
@ExtendWith(ApplicationExtension.class)
class CurveChartTest {
    private CurveChart chart;
    private Label outside;

    @Start
    void start(Stage stage) {
        chart = new CurveChart();
        outside = new Label("controls");
        BorderPane root = new BorderPane(chart.node());
        root.setTop(outside);
        Scene scene = new Scene(root, 640, 460);
        // The window's stylesheets: how the chart looks there.
        for (String css : new String[] {"theme-light.css", "app.css"}) {
            scene.getStylesheets().add(CurveChartTest.class.getResource("/org/algoeff/workbench/ui/" + css)
                    .toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
    }

    /** A curve whose raw values zigzag by ±0.5 around a slow decline: the smoothed line runs through the middle. */
    private static Curve zigzag(String name, int colorIndex, int points) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i;
            y[i] = 2 - i / (double) points + (i % 2 == 0 ? 0.5 : -0.5);
        }
        return new Curve(name, colorIndex, x, y, TensorBoardSmoothing.smooth(y, 0.95), Double.NaN, Double.NaN);
    }

    private void show(List<Curve> curves) throws Exception {
        onFx(() -> {
            chart.show(curves, "step", "loss", false, false, Double.NaN);
            chart.node().getScene().getRoot().applyCss();
            chart.node().getScene().getRoot().layout();
        });
        // ChartFX draws on the next pulses; let them pass.
        for (int i = 0; i < 5; i++) {
            Thread.sleep(40);
            onFx(() -> chart.node().layout());
        }
    }

    /** Regression: the raw curve was drawn as heavy as the smoothed one, hiding it. */
    @Test
    void theRawCurveIsFaintUnderTheSmoothedOne() throws Exception {
        show(List.of(zigzag("run", 0, 3000)));
        WritableImage image = onFx(() -> chart.node().snapshot(null, null));
        Color series = Color.web(PlotPalette.series(0));
        PixelReader pixels = image.getPixelReader();
        int full = 0;
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (distance(c, Color.WHITE) < 0.08 || c.getSaturation() < 0.08) {
                    continue;
                }
                coloured++;
                full += distance(c, series) < 0.15 ? 1 : 0;
            }
        }
        assertTrue(coloured > 20_000, "the raw band is drawn: " + coloured + " coloured pixels");
        assertTrue(full < 0.25 * coloured, "full-strength pixels " + full + " of " + coloured
                + ": only the smoothed line should be drawn at full strength");
    }

    /** Regression: each run's raw band was drawn over the smoothed lines of the runs before it. */
    @Test
    void everySmoothedLineIsDrawnOverEveryRawBand() throws Exception {
        show(List.of(zigzag("first", 0, 3000), zigzag("second", 1, 3000)));
        WritableImage image = onFx(() -> chart.node().snapshot(null, null));
        Color first = Color.web(PlotPalette.series(0));
        int visible = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                visible += distance(image.getPixelReader().getColor(x, y), first) < 0.15 ? 1 : 0;
            }
        }
        assertTrue(visible >= 500, "the first run's smoothed line shows at full strength: " + visible + " pixels");
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    /** Regression: with a dozen runs the legend took a third of the chart. */
    @Test
    void theLegendOfTwelveRunsStaysCompact() throws Exception {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            curves.add(zigzag("lightning_logs/version_" + i + "/train_loss", i, 500));
        }
        show(curves);
        double legend = onFx(() -> ((Region) chart.node().lookup(".compact-legend")).getHeight());
        double whole = onFx(() -> chart.node().getHeight());
        assertTrue(legend > 0, "a legend is shown");
        assertTrue(legend <= 0.15 * whole, "legend " + legend + " px of a " + whole + " px chart");
        List<String> shown = onFx(chart::legendNames);
        assertTrue(shown.size() >= 6, "most runs are named: " + shown);
    }

    /** Found on the desktop: with 28 curves the plot grew taller than its place and the x axis went off screen. */
    @Test
    void manyCurvesStillFitTheirPlaceWithTheXAxisOnShow() throws Exception {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            curves.add(zigzag("a-run-with-a-long-name-" + i + " · train/loss", i, 300));
        }
        show(curves);
        double sceneHeight = onFx(() -> chart.node().getScene().getHeight());
        double axisBottom = onFx(() -> chart.xAxis().localToScene(chart.xAxis().getLayoutBounds()).getMaxY());
        double nodeBottom = onFx(() -> chart.node().localToScene(chart.node().getLayoutBounds()).getMaxY());
        assertTrue(nodeBottom <= sceneHeight + 0.5, "chart bottom " + nodeBottom + " in a scene of " + sceneHeight);
        assertTrue(axisBottom <= sceneHeight + 0.5, "x axis bottom " + axisBottom + " in a scene of " + sceneHeight);
        assertTrue(onFx(() -> chart.legendNames().size()) < 40, "the rest are counted as more");
    }

    /** Found in the screenshots: 0.25-spaced ticks read "1.3", "0.8" (rounded to the range, not to the ticks). */
    @Test
    void linearTickLabelsShowEveryDigitTheTickSpacingHas() throws Exception {
        show(List.of(zigzag("run", 0, 3000)));
        List<String> labels = onFx(() -> chart.yAxis().getTickMarks().stream()
                .map(t -> chart.yAxis().getTickLabelFormatter().toString(t.getValue())).toList());
        List<Double> values = onFx(() -> chart.yAxis().getTickMarks().stream().map(t -> t.getValue()).toList());
        assertTrue(labels.size() >= 3, labels.toString());
        for (int i = 0; i < labels.size(); i++) {
            assertEquals(values.get(i), Double.parseDouble(labels.get(i)), 1e-9, "label " + labels.get(i));
        }
    }

    private Point2D screenOf(double x, double y) throws Exception {
        return onFx(() -> new Point2D(chart.xAxis().localToScreen(chart.xAxis().getDisplayPosition(x), 0).getX(),
                chart.yAxis().localToScreen(0, chart.yAxis().getDisplayPosition(y)).getY()));
    }

    private String crosshairText() throws Exception {
        return onFx(() -> {
            Node label = chart.node().lookup("#crosshairIndicator-Label");
            return label == null || label.getParent() == null || !label.isVisible() ? "" : ((Text) label).getText();
        });
    }

    /** Regression: 16-digit readouts, stale after a zoom, left on screen after the mouse left the chart. */
    @Test
    void theCrosshairReadsShortCurrentValuesAndGoesWhenTheMouseLeaves(FxRobot robot) throws Exception {
        show(List.of(zigzag("run", 0, 3000)));
        robot.moveTo(screenOf(1234.5678, 1.23456789));
        String text = crosshairText();
        assertFalse(text.isEmpty(), "crosshair shown");
        assertTrue(text.length() <= 16, "short readout: '" + text + "'");
        assertFalse(text.matches(".*\\d{7,}.*"), "no long digit runs: '" + text + "'");
        // Zoom with a drag that ends where it started reading, then look without moving.
        Point2D a = screenOf(1000, 1.8);
        Point2D b = screenOf(2000, 0.8);
        robot.drag(a, MouseButton.PRIMARY).dropTo(b);
        double xAtMouse = onFx(() -> chart.xAxis().getValueForDisplay(chart.xAxis().screenToLocal(b).getX()));
        String after = crosshairText();
        assertTrue(after.isEmpty() || after.startsWith(String.valueOf(Math.round(xAtMouse)).substring(0, 2)),
                "after the zoom the readout is of the new axes (x about " + xAtMouse + "): '" + after + "'");
        robot.moveTo(outside);
        assertEquals("", crosshairText(), "gone once the mouse left the chart");
    }

    /** docs/window.md: drag zooms, right-drag pans, the wheel zooms about the pointer; regression: right-drag reset. */
    @Test
    void rightDragPansTheZoomedViewInsteadOfResettingIt(FxRobot robot) throws Exception {
        show(List.of(zigzag("run", 0, 3000)));
        robot.drag(screenOf(1000, 1.8), MouseButton.PRIMARY).dropTo(screenOf(2000, 0.8));
        double zoomedMin = onFx(() -> chart.xAxis().getMin());
        double zoomedWidth = onFx(() -> chart.xAxis().getMax() - chart.xAxis().getMin());
        assertTrue(zoomedWidth < 1500, "zoomed in: " + zoomedWidth);
        Point2D from = screenOf(1500, 1.3);
        robot.drag(from, MouseButton.SECONDARY).dropTo(from.add(-120, 0));
        double pannedWidth = onFx(() -> chart.xAxis().getMax() - chart.xAxis().getMin());
        double pannedMin = onFx(() -> chart.xAxis().getMin());
        assertEquals(zoomedWidth, pannedWidth, zoomedWidth * 0.02, "panning keeps the zoom");
        assertTrue(pannedMin > zoomedMin + 0.05 * zoomedWidth, "moved right along the data: " + zoomedMin + " -> "
                + pannedMin);
    }
}
