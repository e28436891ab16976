// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.List;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import io.fair_acc.dataset.utils.DataSetStyleBuilder;

import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpan;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/** Converts a {@link PlotSpec}'s elements into styled ChartFX data sets (same palette as the exports). */
final class SpecDataSets {
    private SpecDataSets() {
    }

    static void build(PlotSpec spec, List<DataSet> bands, List<DataSet> lines, List<DataSet> errorBars,
                      List<DataSet> markers) {
        for (PlotSpan span : spec.spans()) {
            bands.add(span(spec, span));
            if (span.hasLine()) {
                lines.add(styled(line(span.name(), List.of(new PlotPoint(span.at(), spec.y().min()),
                        new PlotPoint(span.at(), spec.y().max()))), DataSetStyleBuilder.newInstance()
                        .setDatasetColor(PlotPalette.SPAN).setLineWidth(1.2).setLineDashes(5, 4)
                        .setShowInLegend(false).build()));
            }
        }
        for (FitLine fit : spec.fits()) {
            if (fit.hasBand()) {
                bands.add(band(fit));
            }
            lines.add(styled(line(fit.name(), fit.line()), DataSetStyleBuilder.newInstance()
                    .setDatasetColor(fit.color()).setLineWidth(2.2).build()));
        }
        for (PlotOverlay o : spec.overlays()) {
            lines.add(styled(line(o.name(), o.points()), DataSetStyleBuilder.newInstance()
                    .setDatasetColor(PlotPalette.overlay(o.colorIndex())).setLineWidth(1.6).setLineDashes(7, 4).build()));
        }
        for (PlotSeries s : spec.series()) {
            String color = PlotPalette.series(s.colorIndex());
            if (s.line()) {
                // A series drawn with markers too is named once in the legend, by its markers.
                lines.add(styled(line(s.name(), s.points()), DataSetStyleBuilder.newInstance().setDatasetColor(color)
                        .setLineWidth(s.faint() ? 1 : 1.8).setIntensity(s.faint() ? 30 : 100)
                        .setShowInLegend(!s.markers()).build()));
            }
            if (s.markers() && s.points().stream().anyMatch(PlotPoint::hasErrorBar)) {
                errorBars.add(errorBars(s, color));
            }
            if (s.markers()) {
                markers.add(styled(line(s.name(), s.points().stream().filter(p -> !p.highlighted()).toList()),
                        DataSetStyleBuilder.newInstance().setDatasetColor(color).setMarkerSize(4).setMarkerType("circle").build()));
                List<PlotPoint> frontier = s.points().stream().filter(PlotPoint::highlighted).toList();
                if (!frontier.isEmpty()) {
                    markers.add(styled(line(s.name() + " (frontier)", frontier), DataSetStyleBuilder.newInstance()
                            .setDatasetColor(color).setMarkerSize(6).setMarkerType("circle").build()));
                }
            }
        }
        if (!spec.annotations().isEmpty()) {
            DoubleDataSet notes = new DoubleDataSet("runs");
            for (PlotAnnotation a : spec.annotations()) {
                notes.add(a.x(), a.y(), a.text());
            }
            markers.add(styled(notes, DataSetStyleBuilder.newInstance().setDatasetColor(PlotPalette.MARK).setMarkerSize(6)
                    .setMarkerType("diamond").build()));
        }
    }

    private static DataSet styled(DoubleDataSet ds, String style) {
        ds.setStyle(style);
        return ds;
    }

    static DoubleDataSet line(String name, List<PlotPoint> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
        }
        DoubleDataSet ds = new DoubleDataSet(name, x, y, x.length, false);
        for (int i = 0; i < x.length; i++) {
            if (!points.get(i).label().isEmpty()) {
                ds.addDataLabel(i, points.get(i).label());
            }
        }
        return ds;
    }

    /** The spread of a series' points that have one, as vertical error bars without markers. */
    private static DataSet errorBars(PlotSeries s, String color) {
        List<PlotPoint> pts = s.points().stream().filter(PlotPoint::hasErrorBar).toList();
        int n = pts.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] neg = new double[n];
        double[] pos = new double[n];
        for (int i = 0; i < n; i++) {
            PlotPoint p = pts.get(i);
            x[i] = p.x();
            y[i] = p.y();
            neg[i] = p.y() - p.yLow();
            pos[i] = p.yHigh() - p.y();
        }
        DoubleErrorDataSet ds = new DoubleErrorDataSet(s.name() + " (spread)", x, y, neg, pos, n, false);
        ds.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(color).setLineWidth(1.4)
                .setShowInLegend(false).build());
        return ds;
    }

    /** A span as an error surface from the y axis's bottom to its top between the span's two x values. */
    private static DataSet span(PlotSpec spec, PlotSpan span) {
        double low = spec.y().min();
        double high = spec.y().max();
        double mid = spec.y().log() ? Math.sqrt(low * high) : (low + high) / 2;
        double[] x = {span.from(), span.to()};
        double[] y = {mid, mid};
        double[] neg = {mid - low, mid - low};
        double[] pos = {high - mid, high - mid};
        DoubleErrorDataSet ds = new DoubleErrorDataSet(span.name(), x, y, neg, pos, 2, false);
        ds.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(PlotPalette.SPAN).setLineWidth(0).build());
        return ds;
    }

    private static DataSet band(FitLine fit) {
        int n = fit.line().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] neg = new double[n];
        double[] pos = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = fit.line().get(i).x();
            y[i] = fit.line().get(i).y();
            neg[i] = y[i] - fit.bandLow().get(i).y();
            pos[i] = fit.bandHigh().get(i).y() - y[i];
        }
        DoubleErrorDataSet ds = new DoubleErrorDataSet("95% band", x, y, neg, pos, n, false);
        ds.setStyle(DataSetStyleBuilder.newInstance().setDatasetColor(fit.color()).setLineWidth(0)
                .setShowInLegend(false).build());
        return ds;
    }
}
