// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.Map;
import java.util.OptionalDouble;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;

/**
 * A run's cumulative training compute as a function of its step, from one {@link ComputeSource}: the one place that
 * turns a run into FLOPs, so {@code algoeff ctt}, {@code sweep-ctt}, the curve chart, the runs table and the reruns
 * agree to the last digit. Immutable; FLOP throughout (a count, not per second).
 *
 * @param source       what the compute comes from
 * @param flopsPerStep FLOP per optimiser step when the compute is linear in the step; NaN for a FLOPs series
 * @param flopsSeries  the cumulative-FLOPs series interpolated over steps, or null when linear
 * @param parameters   what provenance records about the source (e.g. {@code total_flops}, {@code last_step})
 */
public record ComputeAxis(ComputeSource source, double flopsPerStep, MetricSeries flopsSeries,
        Map<String, String> parameters) {
    public ComputeAxis {
        parameters = Map.copyOf(parameters);
    }

    /**
     * The compute axis of {@code run} from {@code source}.
     *
     * @throws IllegalArgumentException when the run lacks what the source needs (the message says what to give)
     */
    public static ComputeAxis of(Run run, ComputeSource source) {
        if (source instanceof ComputeSource.FlopsPerStep f) {
            return new ComputeAxis(source, f.flopsPerStep(), null,
                    Map.of("flops_per_step", Double.toString(f.flopsPerStep())));
        }
        if (source instanceof ComputeSource.SixND n) {
            return new ComputeAxis(source, n.flopsPerStep(), null, Map.of("parameters",
                    Double.toString(n.parameters()), "tokens_per_step", Double.toString(n.tokensPerStep())));
        }
        if (source instanceof ComputeSource.FlopsTag t) {
            MetricSeries f = run.series(t.tag()).orElseThrow(() -> new IllegalArgumentException(
                    "run '" + run.name() + "' has no FLOPs series '" + t.tag() + "'"));
            return new ComputeAxis(source, Double.NaN, f, Map.of("flops_tag", t.tag()));
        }
        return logged(run, source);
    }

    /** The log's own compute: a total spread evenly over the steps, else the series its format declares. */
    private static ComputeAxis logged(Run run, ComputeSource source) {
        OptionalDouble total = run.totalTrainingFlops();
        String flopsSeries = run.metadata().get(Run.KEY_FLOPS_SERIES);
        if (total.isEmpty() && flopsSeries != null && run.series(flopsSeries).isPresent()) {
            // The log's own cumulative FLOPs (a rerun log): exact at every evaluation, better than a total.
            return new ComputeAxis(source, Double.NaN, run.series(flopsSeries).get(),
                    Map.of("flops_tag", flopsSeries, "flops_source", "the log's own FLOPs series"));
        }
        if (total.isEmpty()) {
            throw new IllegalArgumentException("run '" + run.name() + "' logs no FLOPs of its own (e.g. HF "
                    + "total_flos); give FLOPs per step, parameters with tokens per step, or a FLOPs tag");
        }
        long lastStep = lastStep(run);
        if (lastStep <= 0) {
            throw new IllegalArgumentException("run '" + run.name() + "' has no positive last step to spread "
                    + "its total FLOPs over");
        }
        return new ComputeAxis(source, total.getAsDouble() / lastStep, null, Map.of("total_flops",
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

    /**
     * Training FLOPs after {@code step} optimiser steps.
     *
     * @throws IllegalArgumentException when a FLOPs series ends before {@code step}
     */
    public double flopsAt(double step) {
        if (flopsSeries == null) {
            return flopsPerStep * step;
        }
        return FlopsInterpolation.at(flopsSeries, step);
    }

    /**
     * The training FLOPs at every point of {@code s} (a series of the same run): the x values of a curve against
     * compute. NaN where a FLOPs series has ended before the point's step.
     */
    public double[] flopsAtPoints(MetricSeries s) {
        if (flopsSeries != null) {
            return FlopsInterpolation.atSteps(flopsSeries, s);
        }
        double[] x = new double[s.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = flopsPerStep * s.step(i);
        }
        return x;
    }
}
