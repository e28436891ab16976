// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.ArrayList;
import java.util.List;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.CrosshairIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.ui.FxThread;

/**
 * ChartFX chart for training curves with every point kept in memory: the renderer reduces to min/max per pixel
 * column while drawing ({@link MinMaxPixelReducer}), so ten million points stay smooth and no spike is hidden.
 * Raw curves are drawn faint under their smoothed versions; the target is a dashed line; each run's first point
 * at the target is a marker.
 */
public final class CurveChart {
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("step");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("value");
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer markers = new ErrorDataSetRenderer();
    private final Zoomer zoomer = new Zoomer();
    /** Whole-decade bounds of the log axes (null when linear): auto-ranging labels one tick on a short log axis. */
    private double[] xDecades;
    private double[] yDecades;

    public CurveChart() {
        lines.setErrorStyle(ErrorStyle.NONE);
        lines.setDrawMarker(false);
        lines.setPointReduction(true);
        lines.setMinRequiredReductionSize(1000);
        lines.setRendererDataReducer(new MinMaxPixelReducer());
        lines.setAssumeSortedData(true);
        markers.setErrorStyle(ErrorStyle.NONE);
        markers.setPolyLineStyle(LineStyle.NONE);
        markers.setDrawMarker(true);
        markers.setPointReduction(false);
        chart.getRenderers().setAll(lines, markers);
        zoomer.setSliderVisible(false);
        chart.getPlugins().addAll(zoomer, new CrosshairIndicator());
        chart.setAnimated(false);
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

    /** Replaces the curves; arrays are wrapped, not copied (they are never written after the job made them). */
    public void show(List<Curve> curves, String xLabel, String yLabel, boolean logX, boolean logY, double target) {
        FxThread.assertFxThread();
        xAxis.setName(xLabel);
        yAxis.setName(yLabel);
        xAxis.setUnit(null);
        yAxis.setUnit(null);
        xAxis.setTickLabelFormatter(logX ? AxisFormats.decadeConverter() : null);
        yAxis.setTickLabelFormatter(logY ? AxisFormats.decadeConverter() : null);
        xAxis.setLogAxis(logX);
        yAxis.setLogAxis(logY);
        List<DataSet> l = new ArrayList<>();
        DoubleDataSet hits = new DoubleDataSet("reached target");
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            String color = PlotPalette.series(c.colorIndex());
            if (c.smoothed() != null) {
                l.add(styled(new DoubleDataSet(c.name() + " (raw)", c.x(), c.y(), c.x().length, false),
                        DataSetStyleBuilder.newInstance().setDatasetColor(color).setLineWidth(1).setIntensity(25)
                                .setShowInLegend(false).build()));
            }
            double[] y = c.smoothed() != null ? c.smoothed() : c.y();
            l.add(styled(new DoubleDataSet(c.name(), c.x(), y, c.x().length, false),
                    DataSetStyleBuilder.newInstance().setDatasetColor(color).setLineWidth(1.8).build()));
            if (Double.isFinite(c.targetX())) {
                hits.add(c.targetX(), c.targetY(), c.name() + " reaches target");
            }
            if (c.x().length > 0) {
                xMin = Math.min(xMin, c.x()[0]);
                xMax = Math.max(xMax, c.x()[c.x().length - 1]);
            }
        }
        if (Double.isFinite(target) && xMax > xMin) {
            l.add(styled(new DoubleDataSet("target", new double[] {xMin, xMax}, new double[] {target, target}, 2, false),
                    DataSetStyleBuilder.newInstance().setDatasetColor(PlotPalette.overlay(0)).setLineDashes(7, 4)
                            .setLineWidth(1.5).build()));
        }
        lines.getDatasets().setAll(l);
        xDecades = logX ? positiveDecades(curves, true) : null;
        yDecades = logY ? positiveDecades(curves, false) : null;
        applyRanges();
        markers.getDatasets().setAll(hits.getDataCount() > 0 ? List.of(styled(hits, DataSetStyleBuilder.newInstance()
                .setDatasetColor(PlotPalette.MARK).setMarkerSize(6).build())) : List.of());
        zoomer.clear();
        chart.invalidate();
    }

    public void resetZoom() {
        FxThread.assertFxThread();
        zoomer.clear();
        applyRanges();
        chart.invalidate();
    }

    private void applyRanges() {
        range(xAxis, xDecades);
        range(yAxis, yDecades);
    }

    private static void range(DefaultNumericAxis axis, double[] decades) {
        axis.setAutoRanging(decades == null);
        if (decades != null) {
            axis.set(decades[0], decades[1]);
        }
    }

    /** Decade bounds around the positive values on one axis (a log axis cannot show the others), or null if none. */
    private static double[] positiveDecades(List<Curve> curves, boolean xs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (double v : xs ? c.x() : c.y()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min <= max ? AxisTicks.decadeBounds(min, max) : null;
    }

    private static DoubleDataSet styled(DoubleDataSet ds, String style) {
        ds.setStyle(style);
        return ds;
    }
}
