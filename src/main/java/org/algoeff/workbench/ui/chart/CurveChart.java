// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.chart.CompactLegend.Entry;
import org.algoeff.workbench.ui.chart.CompactLegend.Swatch;

/**
 * ChartFX rendering of a {@link CurvePlotRequest} (the description the exports draw from too) with every point kept
 * in memory: the renderer reduces to min/max per pixel column while drawing ({@link MinMaxPixelReducer}), so ten
 * million points stay smooth and no spike is hidden. All raw curves are drawn first, faint, then every smoothed
 * line over them; the target is a dashed line; each curve's first point at the target is a marker. A compact
 * legend sits above the plot.
 */
public final class CurveChart {
    /** Opacity (percent) of a raw curve under its smoothed line. */
    private static final int RAW_INTENSITY = 25;
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("step");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("value");
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final ErrorDataSetRenderer raw = lineRenderer();
    private final ErrorDataSetRenderer lines = lineRenderer();
    private final ErrorDataSetRenderer markers = new ErrorDataSetRenderer();
    private final Zoomer zoomer = ChartGestures.zoomer();
    private final CompactLegend legend = new CompactLegend();
    private final BorderPane root = new BorderPane(chart);
    /** The data sets drawn for each legend entry (a curve's raw and smoothed line), to hide and show together. */
    private final Map<String, List<DataSet>> byEntry = new HashMap<>();
    /** Whole-decade bounds of the log axes (null when linear): auto-ranging labels one tick on a short log axis. */
    private double[] xDecades;
    private double[] yDecades;

    public CurveChart() {
        markers.setErrorStyle(ErrorStyle.NONE);
        markers.setPolyLineStyle(LineStyle.NONE);
        markers.setDrawMarker(true);
        markers.setPointReduction(false);
        chart.getRenderers().setAll(raw, lines, markers);
        chart.getPlugins().addAll(zoomer, new ReadoutCrosshair());
        // Our legend replaces ChartFX's, which still takes its place when only hidden (a tall chart with many curves).
        chart.setLegendVisible(false);
        chart.getLegend().getNode().setManaged(false);
        chart.setAnimated(false);
        root.setTop(legend);
        root.getStyleClass().add("curve-chart");
    }

    private static ErrorDataSetRenderer lineRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(false);
        r.setPointReduction(true);
        r.setMinRequiredReductionSize(1000);
        r.setRendererDataReducer(new MinMaxPixelReducer());
        r.setAssumeSortedData(true);
        return r;
    }

    /** The chart with its legend (what a PNG export snapshots). */
    public Region node() {
        return root;
    }

    /** The ChartFX chart inside {@link #node()}. */
    public XYChart plot() {
        return chart;
    }

    public DefaultNumericAxis xAxis() {
        return xAxis;
    }

    public DefaultNumericAxis yAxis() {
        return yAxis;
    }

    /** The visible ranges {xMin, xMax, yMin, yMax} as on screen now (after zoom or pan). */
    public double[] view() {
        return new double[] {xAxis.getMin(), xAxis.getMax(), yAxis.getMin(), yAxis.getMax()};
    }

    /** Names of the legend entries shown (not folded into "+N more"), for tests. */
    public List<String> legendNames() {
        return legend.shownNames();
    }

    /** Replaces the curves (arrays are wrapped, not copied: they are never written after the job made them). */
    public void show(List<Curve> curves, String xLabel, String yLabel, boolean logX, boolean logY, double target) {
        show(new CurvePlotRequest("", xLabel, yLabel, logX, logY, curves, target, 0));
    }

    /** Shows what {@code request} describes; the zoom is reset. */
    public void show(CurvePlotRequest request) {
        FxThread.assertFxThread();
        axes(request);
        List<DataSet> under = new ArrayList<>();
        List<DataSet> over = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        byEntry.clear();
        DoubleDataSet hits = new DoubleDataSet("reached target");
        for (Curve c : request.curves()) {
            String color = PlotPalette.series(c.colorIndex());
            List<DataSet> drawn = new ArrayList<>();
            if (c.smoothed() != null) {
                drawn.add(styled(new DoubleDataSet(c.name() + " (raw)", c.x(), c.y(), c.x().length, false),
                        DataSetStyleBuilder.newInstance().setDatasetColor(color).setLineWidth(1)
                                .setIntensity(RAW_INTENSITY).build()));
                under.add(drawn.get(0));
            }
            double[] y = c.smoothed() != null ? c.smoothed() : c.y();
            drawn.add(styled(new DoubleDataSet(c.name(), c.x(), y, c.x().length, false),
                    DataSetStyleBuilder.newInstance().setDatasetColor(color).setLineWidth(1.8).build()));
            over.add(drawn.get(drawn.size() - 1));
            byEntry.put(c.name(), drawn);
            entries.add(new Entry(c.name(), color, Swatch.LINE));
            if (Double.isFinite(c.targetX())) {
                hits.add(c.targetX(), c.targetY(), c.name() + " reaches target");
            }
        }
        targetLine(request, over, entries);
        raw.getDatasets().setAll(under);
        lines.getDatasets().setAll(over);
        markers.getDatasets().setAll(hits.getDataCount() > 0 ? List.of(styled(hits, DataSetStyleBuilder.newInstance()
                .setDatasetColor(PlotPalette.MARK).setMarkerSize(6).setMarkerType("diamond").build())) : List.of());
        if (hits.getDataCount() > 0) {
            entries.add(new Entry("reached target", PlotPalette.MARK, Swatch.MARKER));
        }
        legend.setEntries(entries, this::toggle);
        xDecades = request.logX() ? positiveDecades(request.curves(), true) : null;
        yDecades = request.logY() ? positiveDecades(request.curves(), false) : null;
        applyRanges();
        zoomer.clear();
        chart.invalidate();
    }

    private void axes(CurvePlotRequest request) {
        xAxis.setName(request.xLabel());
        yAxis.setName(request.yLabel());
        xAxis.setUnit(null);
        yAxis.setUnit(null);
        xAxis.setTickLabelFormatter(request.logX() ? AxisFormats.decadeConverter() : AxisFormats.linearConverter(xAxis));
        yAxis.setTickLabelFormatter(request.logY() ? AxisFormats.decadeConverter() : AxisFormats.linearConverter(yAxis));
        xAxis.setLogAxis(request.logX());
        yAxis.setLogAxis(request.logY());
    }

    private static void targetLine(CurvePlotRequest request, List<DataSet> over, List<Entry> entries) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Curve c : request.curves()) {
            for (double v : c.x()) {
                if (Double.isFinite(v) && (!request.logX() || v > 0)) {
                    xMin = Math.min(xMin, v);
                    xMax = Math.max(xMax, v);
                }
            }
        }
        double target = request.target();
        if (!Double.isFinite(target) || !(xMax > xMin)) {
            return;
        }
        String name = "target " + AxisTicks.format(target, Math.abs(target) / 1000).toLowerCase(Locale.ROOT);
        over.add(styled(new DoubleDataSet(name, new double[] {xMin, xMax}, new double[] {target, target}, 2, false),
                DataSetStyleBuilder.newInstance().setDatasetColor(PlotPalette.overlay(0)).setLineDashes(7, 4)
                        .setLineWidth(1.5).build()));
        entries.add(new Entry(name, PlotPalette.overlay(0), Swatch.DASHED));
    }

    /** Hides or shows a legend entry's curve (raw and smoothed together). */
    private void toggle(String name) {
        List<DataSet> drawn = byEntry.getOrDefault(name, List.of());
        for (ErrorDataSetRenderer r : List.of(raw, lines)) {
            for (DataSetNode n : r.getDatasetNodes()) {
                if (drawn.contains(n.getDataSet())) {
                    n.setVisible(!n.isVisible());
                }
            }
        }
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
