// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Finds the training compute at which a run's metric first meets a target: the first logged (optionally
 * TensorBoard-smoothed) point meeting it, interpolated linearly against the point before, and the compute
 * at that step from the chosen {@link ComputeSource}. Synchronous and thread-safe.
 */
public final class ComputeToTargetService {
    private final String toolVersion;
    private final Clock clock;

    public ComputeToTargetService(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the run lacks the metric or the compute information asked for
     * @throws IOException              when the source file cannot be hashed for provenance
     */
    public ComputeToTarget compute(Run run, MetricTarget request, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        MetricSeries series = run.series(request.metric()).orElseThrow(() -> new IllegalArgumentException(
                "run '" + run.name() + "' has no series '" + request.metric() + "' (it has: "
                        + String.join(", ", run.tags()) + ")"));
        StepCompute compute = StepCompute.of(run, request.compute());
        double[] y = series.copyValues();
        if (request.smoothed()) {
            y = TensorBoardSmoothing.smooth(y, request.smoothing());
        }
        Crossing c = Crossing.find(series, y, request, cancel);
        double step = Double.NaN;
        double flops = Double.NaN;
        if (c.index() >= 0) {
            int i = c.index();
            double prevStep = c.prev() < 0 ? series.step(i) : series.step(c.prev());
            step = prevStep + c.fraction() * (series.step(i) - prevStep);
            double prevFlops = compute.flopsAt(prevStep);
            flops = prevFlops + c.fraction() * (compute.flopsAt(series.step(i)) - prevFlops);
        }
        progress.progress(1.0, "compute to target done");
        return new ComputeToTarget(run.name(), request, c.index() >= 0, step, flops, compute.flopsPerStep(),
                c.bestValue(), c.bestStep(), provenance(run, request, compute));
    }

    private Provenance provenance(Run run, MetricTarget request, StepCompute compute) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("run", run.name());
        p.put("format", run.format());
        p.put("metric", request.metric());
        p.put("target", Double.toString(request.target()));
        p.put("direction", request.direction().name().toLowerCase(Locale.ROOT));
        p.put("smoothing", request.smoothed() ? Double.toString(request.smoothing()) : "none");
        p.put("smoothing_method", request.smoothed() ? "tensorboard-debiased-ema" : "none");
        p.put("interpolation", "linear between logged points");
        p.put("compute_method", request.compute().method());
        p.putAll(compute.parameters());
        return new Provenance(List.of(SourceHashes.of(run.source())), p, toolVersion, clock.instant());
    }

    /**
     * The first point meeting the target ({@code index}), the last non-NaN point before it ({@code prev}, -1 if
     * none), the interpolation fraction from prev to index, and the best point seen up to the crossing.
     */
    record Crossing(int index, int prev, double fraction, double bestValue, long bestStep) {
        static Crossing find(MetricSeries s, double[] y, MetricTarget r, CancellationToken cancel) {
            CurveCrossing hit = CurveCrossing.first(y, r.target(), r.direction(), cancel);
            int end = hit.reached() ? hit.index() + 1 : y.length;
            double best = Double.NaN;
            long bestStep = -1;
            for (int i = 0; i < end; i++) {
                if ((i & 0xffff) == 0) {
                    cancel.throwIfCancelled();
                }
                if (!Double.isNaN(y[i]) && (Double.isNaN(best) || r.direction().reached(y[i], best) && y[i] != best)) {
                    best = y[i];
                    bestStep = s.step(i);
                }
            }
            return new Crossing(hit.index(), hit.prev(), hit.fraction(), best, bestStep);
        }
    }

    /** FLOPs as a function of step for one run and compute source. */
    record StepCompute(ComputeSource source, double flopsPerStep, MetricSeries flopsSeries,
            Map<String, String> parameters) {
        static StepCompute of(Run run, ComputeSource source) {
            if (source instanceof ComputeSource.FlopsPerStep f) {
                return new StepCompute(source, f.flopsPerStep(), null,
                        Map.of("flops_per_step", Double.toString(f.flopsPerStep())));
            }
            if (source instanceof ComputeSource.SixND n) {
                double perStep = 6 * n.parameters() * n.tokensPerStep();
                return new StepCompute(source, perStep, null, Map.of("parameters", Double.toString(n.parameters()),
                        "tokens_per_step", Double.toString(n.tokensPerStep())));
            }
            if (source instanceof ComputeSource.FlopsTag t) {
                MetricSeries f = run.series(t.tag()).orElseThrow(() -> new IllegalArgumentException(
                        "run '" + run.name() + "' has no FLOPs series '" + t.tag() + "'"));
                return new StepCompute(source, Double.NaN, f, Map.of("flops_tag", t.tag()));
            }
            OptionalDouble total = run.totalTrainingFlops();
            String flopsSeries = run.metadata().get(Run.KEY_FLOPS_SERIES);
            if (total.isEmpty() && flopsSeries != null && run.series(flopsSeries).isPresent()) {
                // The log's own cumulative FLOPs (a rerun log): exact at every evaluation, better than a total.
                return new StepCompute(source, Double.NaN, run.series(flopsSeries).get(),
                        Map.of("flops_tag", flopsSeries, "flops_source", "the log's own FLOPs series"));
            }
            if (total.isEmpty()) {
                throw new IllegalArgumentException("run '" + run.name() + "' logs no total FLOPs (e.g. total_flos); "
                        + "give --flops-per-step, --params with --tokens-per-step, or --flops-tag");
            }
            long lastStep = lastStep(run);
            if (lastStep <= 0) {
                throw new IllegalArgumentException("run '" + run.name() + "' has no positive last step to spread "
                        + "its total FLOPs over");
            }
            return new StepCompute(source, total.getAsDouble() / lastStep, null, Map.of("total_flops",
                    Double.toString(total.getAsDouble()), "last_step", Long.toString(lastStep)));
        }

        /** HF's {@code global_step} when logged, else the largest step of any series. */
        static long lastStep(Run run) {
            String global = run.metadata().get("global_step");
            if (global != null) {
                try {
                    return (long) Double.parseDouble(global);
                } catch (NumberFormatException e) {
                    // fall through to the series
                }
            }
            long max = 0;
            for (MetricSeries s : run.series()) {
                for (int i = 0; i < s.size(); i++) {
                    max = Math.max(max, s.step(i));
                }
            }
            return max;
        }

        double flopsAt(double step) {
            if (flopsSeries == null) {
                return flopsPerStep * step;
            }
            return FlopsInterpolation.at(flopsSeries, step);
        }
    }
}
