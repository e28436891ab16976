// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.algoeff.workbench.analysis.Frontier;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Turns data sets, a fit and overlays into a {@link PlotSpec}: picks axis bounds (whole decades on log axes,
 * whole years on date axes), labels points for hover and marks frontier points. Pure function of its input.
 */
public final class PlotSpecBuilder {
    private static final String TREND_Y_FALLBACK = "compute (FLOP)";
    /** Years kept between the first or last point and the edge of a trend chart's date axis. */
    private static final double YEAR_PAD = 0.06;

    private PlotSpecBuilder() {
    }

    /** The efficiency-trend chart: value against date on a log y axis. */
    public static PlotSpec trend(TrendPlotRequest request) {
        List<PlotSeries> series = new ArrayList<>();
        Range xs = new Range();
        Range ys = new Range();
        for (int i = 0; i < request.datasets().size(); i++) {
            TrendDataset ds = request.datasets().get(i);
            List<PlotPoint> points = new ArrayList<>();
            Set<TrendPoint> frontier = new HashSet<>(Frontier.select(ds.points(),
                    Frontier.betterDirection(ds, ds.points())));
            for (int k = 0; k < ds.points().size(); k++) {
                TrendPoint p = ds.points().get(k);
                double[] spread = p.spread();
                boolean highlighted = request.highlightFrontier() && frontier.contains(p);
                points.add(spread == null ? new PlotPoint(p.decimalYear(), p.value(), hoverText(p, ds), highlighted)
                        : new PlotPoint(p.decimalYear(), p.value(), hoverText(p, ds), highlighted, spread[0], spread[1]));
                xs.add(p.decimalYear());
                ys.add(p.value());
                if (spread != null) {
                    ys.add(spread[0]);
                    ys.add(spread[1]);
                }
            }
            series.add(new PlotSeries(ds.name(), i, true, false, false, points));
        }
        List<FitLine> fits = new ArrayList<>();
        for (TrendPlotRequest.Fitted f : request.fits()) {
            if (!f.fit().points().isEmpty()) {
                FitLine fit = FitBand.sample(f.fit(), f.label(), f.colorIndex());
                fits.add(fit);
                fit.line().forEach(p -> ys.add(p.y()));
            }
        }
        for (FitLine line : request.lines()) {
            fits.add(line);
            line.line().forEach(p -> ys.add(p.y()));
        }
        for (PlotAnnotation a : request.annotations()) {
            xs.add(a.x());
            ys.add(a.y());
        }
        if (xs.empty()) {
            xs.add(2012);
            xs.add(2020);
            ys.add(1e15);
            ys.add(1e19);
        }
        // A point on 1 January sits on a whole year: pad by about three weeks so its marker is not cut in half.
        double x0 = Math.floor(xs.min - YEAR_PAD);
        double x1 = Math.max(Math.ceil(xs.max + YEAR_PAD), x0 + 1);
        List<PlotOverlay> overlays = new ArrayList<>();
        for (int i = 0; i < request.overlays().size(); i++) {
            OverlayAnchor o = request.overlays().get(i);
            List<PlotPoint> line = List.of(new PlotPoint(x0, o.valueAt(x0)), new PlotPoint(x1, o.valueAt(x1)));
            overlays.add(new PlotOverlay(overlayName(o), i, line));
        }
        double[] decades = AxisTicks.decadeBounds(ys.min, ys.max);
        String yLabel = request.datasets().isEmpty() ? TREND_Y_FALLBACK : axisLabel(request.datasets().get(0).valueLabel());
        PlotAxis x = new PlotAxis("publication date", PlotAxis.AxisKind.YEAR, false, x0, x1);
        PlotAxis y = new PlotAxis(yLabel, PlotAxis.AxisKind.NUMBER, true, decades[0], decades[1]);
        return new PlotSpec(request.title(), x, y, series, fits, overlays, request.annotations(), true,
                request.spans());
    }

    /** The training-curve chart: each run's series, raw faint under smoothed, reduced per x bucket. */
    public static PlotSpec curves(CurvePlotRequest request) {
        return curves(request, null);
    }

    /**
     * The training-curve chart over a zoomed view {xMin, xMax, yMin, yMax} (null: the whole data): the axes are
     * the view's and the min/max reduction buckets span only the visible x range, so a zoomed export keeps every
     * spike that is on screen.
     */
    public static PlotSpec curves(CurvePlotRequest request, double[] view) {
        Range xs = new Range();
        Range ys = new Range();
        for (CurvePlotRequest.Curve c : request.curves()) {
            xs.addAll(c.x(), request.logX());
            ys.addAll(c.y(), request.logY());
        }
        if (Double.isFinite(request.target())) {
            ys.add(request.target());
        }
        if (xs.empty() || ys.empty()) {
            xs.add(request.logX() ? 1 : 0);
            xs.add(request.logX() ? 10 : 1);
            ys.add(request.logY() ? 1 : 0);
            ys.add(request.logY() ? 10 : 1);
        }
        PlotAxis x = axis(request.xLabel(), request.logX(), xs);
        PlotAxis y = axis(request.yLabel(), request.logY(), ys);
        if (view != null && validView(view, request.logX(), request.logY())) {
            x = x.withBounds(view[0], view[1]);
            y = y.withBounds(view[2], view[3]);
        }
        List<PlotSeries> series = new ArrayList<>();
        List<PlotAnnotation> notes = new ArrayList<>();
        boolean zoomed = view != null && validView(view, request.logX(), request.logY());
        for (CurvePlotRequest.Curve c : request.curves()) {
            double[][] xy = zoomed ? visible(c.x(), c.y(), c.smoothed(), x.min(), x.max())
                    : new double[][] {c.x(), c.y(), c.smoothed()};
            List<PlotPoint> raw = MinMaxReduction.reduce(xy[0], xy[1], x.min(), x.max(), request.buckets(), x.log());
            if (c.smoothed() != null) {
                series.add(new PlotSeries(c.name() + " (raw)", c.colorIndex(), false, true, true, raw));
                series.add(new PlotSeries(c.name(), c.colorIndex(), false, true, false,
                        MinMaxReduction.reduce(xy[0], xy[2], x.min(), x.max(), request.buckets(), x.log())));
            } else {
                series.add(new PlotSeries(c.name(), c.colorIndex(), false, true, false, raw));
            }
            if (Double.isFinite(c.targetX()) && Double.isFinite(c.targetY())) {
                String at = AxisTicks.format(c.targetX(), Math.abs(c.targetX()) / 1000);
                notes.add(new PlotAnnotation(c.targetX(), c.targetY(), c.name() + " reaches target at " + at, at));
            }
        }
        List<PlotOverlay> overlays = new ArrayList<>();
        if (Double.isFinite(request.target())) {
            overlays.add(new PlotOverlay("target " + AxisTicks.format(request.target(), Math.abs(request.target()) / 1000),
                    0, List.of(new PlotPoint(x.min(), request.target()), new PlotPoint(x.max(), request.target()))));
        }
        return new PlotSpec(request.title(), x, y, series, List.of(), overlays, notes, true, List.of(),
                "reached target");
    }

    /**
     * The points with x in [xMin, xMax] and their neighbours just outside (so lines run to the plot's edge), as
     * {x, y, smoothed-or-null}: a zoomed export reduces only what is visible.
     */
    private static double[][] visible(double[] x, double[] y, double[] smoothed, double xMin, double xMax) {
        int n = x.length;
        boolean[] keep = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] >= xMin && x[i] <= xMax) {
                for (int k = Math.max(0, i - 1); k <= Math.min(n - 1, i + 1); k++) {
                    if (!keep[k]) {
                        keep[k] = true;
                        count++;
                    }
                }
            }
        }
        double[] vx = new double[count];
        double[] vy = new double[count];
        double[] vs = smoothed == null ? null : new double[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                vx[j] = x[i];
                vy[j] = y[i];
                if (vs != null) {
                    vs[j] = smoothed[i];
                }
                j++;
            }
        }
        return new double[][] {vx, vy, vs};
    }

    private static boolean validView(double[] v, boolean logX, boolean logY) {
        boolean finite = v.length == 4 && Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2])
                && Double.isFinite(v[3]) && v[1] > v[0] && v[3] > v[2];
        return finite && (!logX || v[0] > 0) && (!logY || v[2] > 0);
    }

    private static PlotAxis axis(String label, boolean log, Range r) {
        if (log) {
            double[] d = AxisTicks.decadeBounds(r.min, r.max);
            return new PlotAxis(label, PlotAxis.AxisKind.NUMBER, true, d[0], d[1]);
        }
        double span = r.max - r.min;
        double pad = span > 0 ? span * 0.02 : Math.max(1, Math.abs(r.min) * 0.1);
        return new PlotAxis(label, PlotAxis.AxisKind.NUMBER, false, r.min - (span > 0 ? pad : pad),
                r.max + pad);
    }

    /** "AlexNet | 2012-06-01 | 1.2e+18 | hb20.csv": what hovering a point shows. */
    /**
     * A column header as an axis label: "compute_to_target_flop" reads "compute to target (FLOP)"; a label that
     * already reads like prose ("training compute to 0.9 test accuracy (FLOP)") is kept as it is.
     */
    static String axisLabel(String header) {
        if (header.indexOf(' ') >= 0 || header.indexOf('_') < 0) {
            return header;
        }
        String words = header.replace('_', ' ').strip();
        String lower = words.toLowerCase(Locale.ROOT);
        for (String unit : new String[] {" flops", " flop"}) {
            if (lower.endsWith(unit)) {
                return words.substring(0, words.length() - unit.length()) + " (FLOP)";
            }
        }
        return words;
    }

    static String hoverText(TrendPoint p, TrendDataset ds) {
        // A runs data set names each point's own log; other data sets come from one file.
        String own = p.attributes().get(TrendPoint.SOURCE_FILE);
        String source = own != null ? fileName(own) : ds.provenance().sources().isEmpty() ? ds.name()
                : fileName(ds.provenance().sources().get(0).path());
        double[] spread = p.spread();
        String range = spread == null ? "" : String.format(Locale.ROOT, " (%.3g-%.3g)", spread[0], spread[1]);
        return p.label() + " | " + p.date() + " | " + String.format(Locale.ROOT, "%.3g", p.value()) + range + " | "
                + source;
    }

    private static String overlayName(OverlayAnchor o) {
        return String.format(Locale.ROOT, "%s (x2 every %.1f months, through %s)", o.trend().name(),
                o.trend().doublingMonths(), DecimalYear.toDate(DecimalYear.of(o.anchorDate())));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** Running min/max of finite values (positive only for log axes). */
    private static final class Range {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(double v) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }

        void addAll(double[] values, boolean positiveOnly) {
            for (double v : values) {
                if (!positiveOnly || v > 0) {
                    add(v);
                }
            }
        }

        boolean empty() {
            return min > max;
        }
    }
}
