// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.CrosshairIndicator;

import org.algoeff.workbench.analysis.plot.PlotAxis.AxisKind;

/**
 * Crosshair with a readout of the pointer's position in data units, formatted by {@link AxisFormats#readout} from
 * the axes' current range (so "1230, 1.24", not sixteen digits); made afresh when the axes change under a still
 * pointer (after a zoom or pan), and gone when the pointer leaves the plot or the window. Replaces ChartFX's
 * CrosshairIndicator, which did neither. Uses its style classes and ids.
 */
public final class ReadoutCrosshair extends ChartPlugin {
    private static final double LABEL_OFFSET_X = 15;
    private static final double LABEL_OFFSET_Y = 5;
    private final Path path = new Path();
    private final Text label = new Text();
    private AxisKind xKind = AxisKind.NUMBER;
    /** Scene position of the pointer while it is over the plot, else null. */
    private Point2D pointer;
    /** The axes' ranges the readout was made with. */
    private List<Double> readRanges = List.of();

    public ReadoutCrosshair() {
        path.getStyleClass().add(CrosshairIndicator.STYLE_CLASS_PATH);
        path.setManaged(false);
        path.setMouseTransparent(true);
        path.setId("crosshairIndicator-Path");
        label.getStyleClass().add(CrosshairIndicator.STYLE_CLASS_LABEL);
        label.setManaged(false);
        label.setMouseTransparent(true);
        label.setId("crosshairIndicator-Label");
        registerInputEventHandler(MouseEvent.MOUSE_MOVED, e -> follow(e.getSceneX(), e.getSceneY()));
        registerInputEventHandler(MouseEvent.MOUSE_DRAGGED, e -> follow(e.getSceneX(), e.getSceneY()));
        // Exits of any node, and of the scene itself when the pointer leaves the window.
        registerInputEventHandler(MouseEvent.MOUSE_EXITED_TARGET, e -> follow(e.getSceneX(), e.getSceneY()));
    }

    /** After each layout: when the axes moved under a still pointer (zoom, pan, new data), read out afresh. */
    @Override
    public void runPostLayout() {
        if (pointer != null && getChart() instanceof XYChart chart && !ranges(chart).equals(readRanges)) {
            follow(pointer.getX(), pointer.getY());
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Double> ranges(XYChart chart) {
        return List.of(chart.getXAxis().getMin(), chart.getXAxis().getMax(), chart.getYAxis().getMin(),
                chart.getYAxis().getMax());
    }

    /** How the x readout reads: a date for year axes, a number otherwise. */
    public void setXKind(AxisKind kind) {
        xKind = kind;
    }

    /** Shows or hides the coordinates next to the pointer (the lines stay): off while a point's own label shows. */
    public void setReadoutShown(boolean shown) {
        label.setVisible(shown);
    }

    /** Hides the crosshair until the pointer moves over the plot again. */
    public void hide() {
        pointer = null;
        getChartChildren().removeAll(path, label);
    }

    private void follow(double sceneX, double sceneY) {
        if (!(getChart() instanceof XYChart chart) || chart.getScene() == null) {
            return;
        }
        if (!shown(chart)) {
            // ChartFX hands plugins the whole scene's mouse events, also while the chart's tab is hidden.
            hide();
            return;
        }
        Point2D local = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        Bounds plot = chart.getCanvas().getBoundsInLocal();
        if (local == null || !plot.contains(local)) {
            hide();
            return;
        }
        pointer = new Point2D(sceneX, sceneY);
        readRanges = ranges(chart);
        Axis x = chart.getXAxis();
        Axis y = chart.getYAxis();
        double xValue = x.getValueForDisplay(local.getX());
        double yValue = y.getValueForDisplay(local.getY());
        String xText = AxisFormats.readout(xKind, x.isLogAxis(), x.getMin(), x.getMax(), xValue);
        String yText = AxisFormats.readout(AxisKind.NUMBER, y.isLogAxis(), y.getMin(), y.getMax(), yValue);
        if (xText.isEmpty() || yText.isEmpty()) {
            hide();
            return;
        }
        label.setText(xText + ", " + yText);
        path.getElements().setAll(new MoveTo(plot.getMinX() + 1, local.getY()), new LineTo(plot.getMaxX(), local.getY()),
                new MoveTo(local.getX(), plot.getMinY() + 1), new LineTo(local.getX(), plot.getMaxY()));
        double w = label.prefWidth(-1);
        double h = label.prefHeight(w);
        double lx = local.getX() + LABEL_OFFSET_X;
        double ly = local.getY() + LABEL_OFFSET_Y;
        if (lx + w > plot.getMaxX()) {
            lx = local.getX() - LABEL_OFFSET_X - w;
        }
        if (ly + h > plot.getMaxY()) {
            ly = local.getY() - LABEL_OFFSET_Y - h;
        }
        label.relocate(lx, ly);
        if (!getChartChildren().contains(path)) {
            getChartChildren().addAll(path, label);
        }
    }
}
