// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;

import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.ui.FxThread;

/**
 * A ChartFX chart that shows a {@link PlotSpec}: markers for series (frontier points larger), the fit line over its
 * translucent 95% band, dashed overlays, annotations; the gestures of {@link ChartGestures}, a crosshair, and a hover label with each
 * point's name, date, value and source. One instance is reused for every spec (ChartFX charts are costly to build).
 */
public final class SpecChart {
    private final ReadoutCrosshair crosshair = new ReadoutCrosshair();
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("x");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("y");
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final ErrorDataSetRenderer bands = new SolidBandRenderer();
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer markers = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer errorBars = new ErrorDataSetRenderer();
    private final Zoomer zoomer = ChartGestures.zoomer();
    private final Label hover = new Label();
    private final SpecLegend legend = new SpecLegend();
    private PlotSpec spec;

    public SpecChart() {
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(false);
        lines.setPointReduction(false);
        markers.setErrorStyle(ErrorStyle.NONE);
        markers.setPolyLineStyle(LineStyle.NONE);
        markers.setDrawMarker(true);
        markers.setPointReduction(false);
        errorBars.setErrorStyle(ErrorStyle.ERRORBARS);
        errorBars.setPolyLineStyle(LineStyle.NONE);
        errorBars.setDrawMarker(false);
        errorBars.setPointReduction(false);
        chart.getRenderers().setAll(bands, lines, errorBars, markers);
        chart.getPlugins().addAll(zoomer, crosshair);
        // The exports' legend (entries, symbols, corner rule) instead of ChartFX's below the plot.
        chart.setLegendVisible(false);
        chart.getLegend().getNode().setManaged(false);
        chart.getCanvasForeground().getChildren().add(legend);
        chart.getCanvas().widthProperty().addListener(o -> placeLegend());
        chart.getCanvas().heightProperty().addListener(o -> placeLegend());
        xAxis.maxProperty().addListener(o -> placeLegend());
        yAxis.maxProperty().addListener(o -> placeLegend());
        chart.setAnimated(false);
        hover.getStyleClass().add("chart-hover-label");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        // Unmanaged: ChartFX's canvas foreground stretches managed children over the plot (to zero size at times).
        hover.setManaged(false);
        chart.getCanvasForeground().getChildren().add(hover);
        // Filters, not handlers: ChartFX's plugin layer consumes mouse events before they bubble to the chart.
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, this::onHover);
        chart.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            hover.setVisible(false);
            crosshair.setReadoutShown(true);
        });
    }

    public XYChart node() {
        return chart;
    }

    public DefaultNumericAxis xAxis() {
        return xAxis;
    }

    public DefaultNumericAxis yAxis() {
        return yAxis;
    }

    public PlotSpec spec() {
        return spec;
    }

    /** Shows a new spec: axes, data sets and title replaced; the zoom is reset to the spec's bounds. */
    public void show(PlotSpec newSpec) {
        FxThread.assertFxThread();
        spec = newSpec;
        chart.setTitle(newSpec.title());
        AxisFormats.apply(xAxis, newSpec.x());
        AxisFormats.apply(yAxis, newSpec.y());
        crosshair.setXKind(newSpec.x().kind());
        List<DataSet> b = new ArrayList<>();
        List<DataSet> l = new ArrayList<>();
        List<DataSet> e = new ArrayList<>();
        List<DataSet> m = new ArrayList<>();
        SpecDataSets.build(newSpec, b, l, e, m);
        bands.getDatasets().setAll(b);
        lines.getDatasets().setAll(l);
        errorBars.getDatasets().setAll(e);
        markers.getDatasets().setAll(m);
        legend.setSpec(newSpec);
        zoomer.clear();
        chart.invalidate();
        placeLegend();
    }

    private void placeLegend() {
        if (spec != null) {
            // After layout: the legend's size and the canvas's are known then.
            javafx.application.Platform.runLater(() -> legend.place(visibleSpec(), chart.getCanvas().getWidth(),
                    chart.getCanvas().getHeight()));
        }
    }

    /** Back to the spec's full range. */
    public void resetZoom() {
        FxThread.assertFxThread();
        if (spec != null) {
            zoomer.clear();
            xAxis.set(spec.x().min(), spec.x().max());
            yAxis.set(spec.y().min(), spec.y().max());
            chart.invalidate();
        }
    }

    /** The spec with the axes' current (zoomed/panned) bounds: what export writes. */
    public PlotSpec visibleSpec() {
        FxThread.assertFxThread();
        if (spec == null) {
            return null;
        }
        double x0 = xAxis.getMin();
        double x1 = xAxis.getMax();
        double y0 = yAxis.getMin();
        double y1 = yAxis.getMax();
        boolean valid = x1 > x0 && y1 > y0 && (!spec.y().log() || y0 > 0);
        return valid ? spec.withBounds(x0, x1, y0, y1) : spec;
    }

    private void onHover(MouseEvent e) {
        if (spec == null) {
            return;
        }
        Point2D local = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        PlotPoint best = null;
        double bestDistance = 10 * 10;
        for (PlotSeries s : spec.series()) {
            for (PlotPoint p : s.points()) {
                if (p.label().isEmpty()) {
                    continue;
                }
                double dx = xAxis.getDisplayPosition(p.x()) - local.getX();
                double dy = yAxis.getDisplayPosition(p.y()) - local.getY();
                if (dx * dx + dy * dy < bestDistance) {
                    bestDistance = dx * dx + dy * dy;
                    best = p;
                }
            }
        }
        hover.setVisible(best != null);
        // The point's label says its date and value already; two labels at the pointer would overlap.
        crosshair.setReadoutShown(best == null);
        if (best != null) {
            hover.setText(best.label().replace(" | ", "\n"));
            hover.autosize();
            placeHover(xAxis.getDisplayPosition(best.x()), yAxis.getDisplayPosition(best.y()));
        }
    }

    /** Next to the point, below and right of it, moved to the other side where it would leave the plot. */
    private void placeHover(double px, double py) {
        double w = hover.getWidth();
        double h = hover.getHeight();
        double x = px + 12 + w > chart.getCanvas().getWidth() ? px - 12 - w : px + 12;
        double y = py + 12 + h > chart.getCanvas().getHeight() ? py - 12 - h : py + 12;
        hover.relocate(Math.max(0, x), Math.max(0, y));
        hover.toFront();
    }

    /** Text of the hover label while it shows, else empty (for tests). */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }
}
