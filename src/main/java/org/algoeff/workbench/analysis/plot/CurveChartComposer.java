// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.TensorBoardSmoothing;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;

/**
 * The training-curve chart from runs and the curve settings: one curve per run and plotted series (raw values, the
 * drawn TensorBoard smoothing, where the target-search smoothing first reaches the target), then the
 * {@link CurvePlotRequest} and {@link PlotSpec}. The window's curves tab and {@code algoeff plot --curves} both
 * call it, so they draw the same chart. Pure; safe on any thread.
 */
public final class CurveChartComposer {
    private CurveChartComposer() {
    }

    /**
     * One run to draw.
     *
     * @param name    legend name
     * @param run     the parsed run
     * @param compute how its compute is counted (for a compute x axis)
     */
    public record Input(String name, Run run, ComputeSource compute) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(run, "run");
            compute = compute == null ? new ComputeSource.LoggedFlops() : compute;
        }
    }

    /**
     * What the chart shows.
     *
     * @param tags            the series plotted, each drawn for every run
     * @param x               the x quantity
     * @param logX            logarithmic x
     * @param logY            logarithmic y
     * @param smoothing       drawn smoothing weight, 0 (none) to below 1
     * @param target          the target line's value, NaN for none
     * @param targetMetric    the series the target is for (crossings only on it), null for any
     * @param targetSmoothing smoothing of the target search, 0 (none) to below 1
     * @param lowerIsBetter   the target is reached going down
     */
    public record Settings(List<String> tags, XQuantity x, boolean logX, boolean logY, double smoothing,
                           double target, String targetMetric, double targetSmoothing, boolean lowerIsBetter) {
        public Settings {
            tags = List.copyOf(tags);
            Objects.requireNonNull(x, "x");
            if (!(smoothing >= 0 && smoothing < 1) || !(targetSmoothing >= 0 && targetSmoothing < 1)) {
                throw new IllegalArgumentException("smoothing must be in [0, 1), was " + smoothing);
            }
        }

        /** The chart title: the series plotted. */
        public String title() {
            return String.join(", ", tags);
        }

        /** The y axis title: the series plotted ("value" for none, or for more than three). */
        public String yLabel() {
            return tags.isEmpty() || tags.size() > 3 ? "value" : String.join(", ", tags);
        }
    }

    /**
     * The curves, and the runs left out.
     *
     * @param curves    one per run and series, in legend order
     * @param noCompute names of runs not drawn for want of compute (on a compute x axis)
     */
    public record Prepared(List<Curve> curves, List<String> noCompute) {
        public Prepared {
            curves = List.copyOf(curves);
            noCompute = List.copyOf(noCompute);
        }
    }

    public static Prepared curves(List<Input> runs, Settings s, CancellationToken cancel) {
        List<Curve> out = new ArrayList<>();
        List<String> noCompute = new ArrayList<>();
        for (Input in : runs) {
            for (String t : s.tags()) {
                cancel.throwIfCancelled();
                MetricSeries series = in.run().series(t).orElse(null);
                double[] x;
                try {
                    x = series == null ? null : CurveMath.xValues(in.run(), series, s.x(), in.compute());
                } catch (IllegalArgumentException e) {
                    if (!noCompute.contains(in.name())) {
                        noCompute.add(in.name());
                    }
                    continue;
                }
                if (x == null) {
                    continue;
                }
                // Crossings only on the target's own metric (any, when the target names none).
                double goal = s.targetMetric() == null || s.targetMetric().equals(t) ? s.target() : Double.NaN;
                String name = s.tags().size() > 1 ? in.name() + " · " + t : in.name();
                out.add(curve(name, out.size(), x, series.copyValues(), s, goal));
            }
        }
        return new Prepared(out, noCompute);
    }

    /** One curve: raw values, the drawn smoothing, and where the (search-smoothed) curve first reaches the goal. */
    private static Curve curve(String name, int color, double[] x, double[] y, Settings s, double goal) {
        double[] smooth = s.smoothing() > 0 ? TensorBoardSmoothing.smooth(y, s.smoothing()) : null;
        double[] searched = s.targetSmoothing() > 0 ? TensorBoardSmoothing.smooth(y, s.targetSmoothing()) : y;
        double[] hit = CurveMath.crossing(x, searched, goal, s.lowerIsBetter());
        return new Curve(name, color, x, y, smooth, hit == null ? Double.NaN : hit[0], hit == null ? Double.NaN : hit[1]);
    }

    /** The chart description of {@code curves} (reduced to {@code buckets} x buckets for the exports). */
    public static CurvePlotRequest request(List<Curve> curves, Settings s, int buckets) {
        return new CurvePlotRequest(s.title(), s.x().label(), s.yLabel(), s.logX(), s.logY(), curves, s.target(),
                Math.max(50, buckets));
    }

    /** The chart as a spec over the whole data. */
    public static PlotSpec spec(List<Curve> curves, Settings s, int buckets) {
        return PlotSpecBuilder.curves(request(curves, s, buckets));
    }
}
