// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Finds the training compute at which a run's metric first meets a target: the first logged (optionally
 * TensorBoard-smoothed) point meeting it, interpolated linearly against the point before ({@link CurveCrossing}),
 * and the compute at that point from the run's {@link ComputeAxis}. Synchronous and thread-safe.
 */
public final class ComputeToTargetService {
    private final String toolVersion;
    private final Clock clock;

    public ComputeToTargetService(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * The crossing with provenance (the source hashed).
     *
     * @throws IllegalArgumentException when the run lacks the metric or the compute information asked for
     * @throws IOException              when the source file cannot be hashed for provenance
     */
    public ComputeToTarget compute(Run run, MetricTarget request, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        TargetHit hit = measure(run, request, cancel);
        progress.progress(1.0, "compute to target done");
        return withProvenance(run, request, hit);
    }

    /** {@link #measure}'s numbers with provenance. */
    public ComputeToTarget withProvenance(Run run, MetricTarget request, TargetHit hit) throws IOException {
        return new ComputeToTarget(run.name(), run.id(), request, hit.reached(), hit.stepAtTarget(), hit.trainingFlops(),
                hit.flopsPerStep(), hit.bestValue(), hit.bestStep(), provenance(run, request, hit.axis()));
    }

    /**
     * The crossing alone, no I/O: what the reruns, the runs table and the curve chart call.
     *
     * @throws IllegalArgumentException when the run lacks the metric or the compute information asked for
     */
    public static TargetHit measure(Run run, MetricTarget request, CancellationToken cancel) {
        MetricSeries series = run.series(request.metric()).orElseThrow(() -> new IllegalArgumentException(
                "run '" + run.name() + "' has no series '" + request.metric() + "' (it has: "
                        + String.join(", ", run.tags()) + ")"));
        ComputeAxis axis = ComputeAxis.of(run, request.compute());
        double[] y = series.copyValues();
        if (request.smoothed()) {
            y = TensorBoardSmoothing.smooth(y, request.smoothing());
        }
        CurveCrossing c = CurveCrossing.first(y, request.target(), request.direction(), cancel);
        double step = Double.NaN;
        double flops = Double.NaN;
        if (c.reached()) {
            double[] at = {series.step(c.prev() < 0 ? c.index() : c.prev()), series.step(c.index())};
            step = at[0] + c.fraction() * (at[1] - at[0]);
            double prevFlops = axis.flopsAt(at[0]);
            flops = prevFlops + c.fraction() * (axis.flopsAt(at[1]) - prevFlops);
        }
        int end = c.reached() ? c.index() + 1 : y.length;
        Best best = Best.upTo(series, y, end, request.direction(), cancel);
        return new TargetHit(c.reached(), step, flops, axis.flopsPerStep(), best.value(), best.step(), axis);
    }

    /**
     * What {@link #measure} found.
     *
     * @param stepAtTarget  interpolated step of the crossing (NaN if not reached)
     * @param trainingFlops training compute at the crossing in FLOP (NaN if not reached)
     * @param flopsPerStep  average FLOP per step of the compute source (NaN for a FLOPs series)
     * @param bestValue     best (smoothed) value up to the crossing, in the request's direction
     * @param bestStep      step of that best value
     * @param axis          the compute axis used
     */
    public record TargetHit(boolean reached, double stepAtTarget, double trainingFlops, double flopsPerStep,
            double bestValue, long bestStep, ComputeAxis axis) {
    }

    private Provenance provenance(Run run, MetricTarget request, ComputeAxis axis) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("run", run.name());
        if (!run.id().isEmpty()) {
            p.put("run_id", run.id());
        }
        p.put("format", run.format());
        p.put("metric", request.metric());
        p.put("target", Double.toString(request.target()));
        p.put("direction", request.direction().name().toLowerCase(Locale.ROOT));
        p.put("smoothing", request.smoothed() ? Double.toString(request.smoothing()) : "none");
        p.put("smoothing_method", request.smoothed() ? "tensorboard-debiased-ema" : "none");
        p.put("interpolation", "linear between logged points");
        p.put("compute_method", request.compute().method());
        p.putAll(axis.parameters());
        return new Provenance(List.of(SourceHashes.of(run.source())), p, toolVersion, clock.instant());
    }

    /** The best point seen before index {@code end}. */
    private record Best(double value, long step) {
        static Best upTo(MetricSeries s, double[] y, int end, TargetDirection direction, CancellationToken cancel) {
            double best = Double.NaN;
            long bestStep = -1;
            for (int i = 0; i < end; i++) {
                if ((i & 0xffff) == 0) {
                    cancel.throwIfCancelled();
                }
                if (!Double.isNaN(y[i]) && (Double.isNaN(best) || direction.reached(y[i], best) && y[i] != best)) {
                    best = y[i];
                    bestStep = s.step(i);
                }
            }
            return new Best(best, bestStep);
        }
    }
}
