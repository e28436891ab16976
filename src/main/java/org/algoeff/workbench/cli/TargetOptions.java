// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.sweep.CttSpec;

/**
 * The compute-to-target question, shared by {@code ctt} (one run) and {@code sweep-ctt} (a tree of runs on Spark):
 * metric and target, how to count compute, optional smoothing and a direction override.
 */
final class TargetOptions {
    @Option(names = "--metric", required = true, paramLabel = "TAG", description = "series tag, e.g. eval_accuracy")
    String metric;

    @Option(names = "--target", paramLabel = "V", description = "target value of the metric (required, except "
            + "where --targets is offered)")
    Double target;

    @ArgGroup(exclusive = true)
    ComputeOptions compute;

    @Option(names = "--smoothing", paramLabel = "W", description = "TensorBoard EMA weight in [0, 1) applied first")
    Double smoothing;

    @ArgGroup(exclusive = true)
    DirectionOptions direction;

    /** Mutually exclusive ways to count compute; none means the run's logged total FLOPs. */
    static final class ComputeOptions {
        @Option(names = "--flops-per-step", paramLabel = "F", description = "FLOPs per step of the run's step "
                + "axis: per optimiser step, per epoch for epoch-indexed logs (Keras, YOLO), per environment timestep "
                + "for Stable-Baselines3 (docs/ingest.md)")
        Double flopsPerStep;

        @ArgGroup(exclusive = false)
        SixNd sixNd;

        @Option(names = "--flops-tag", paramLabel = "TAG", description = "series of cumulative FLOPs")
        String flopsTag;
    }

    /** 6 x N x D: parameters and tokens per step, both required together. */
    static final class SixNd {
        @Option(names = "--params", required = true, paramLabel = "N", description = "model parameters")
        double params;

        @Option(names = "--tokens-per-step", required = true, paramLabel = "T", description = "tokens per step")
        double tokensPerStep;
    }

    /** Direction override; default is inferred from the tag (loss/error/perplexity/wer: lower is better). */
    static final class DirectionOptions {
        @Option(names = "--higher-is-better", description = "target reached when metric >= V")
        boolean higher;

        @Option(names = "--lower-is-better", description = "target reached when metric <= V")
        boolean lower;
    }

    /**
     * The question as a serialisable value (what {@code sweep-ctt} ships to Spark executors); its
     * {@link CttSpec#toMetricTarget()} is the one place that turns the options into a compute source.
     */
    CttSpec toSpec() {
        if (target == null) {
            throw new IllegalArgumentException("--target V is required");
        }
        return toSpec(target);
    }

    /** The question at another target value (threshold sensitivity asks it at several). */
    CttSpec toSpec(double value) {
        TargetDirection dir = direction == null ? null
                : direction.higher ? TargetDirection.HIGHER_IS_BETTER : TargetDirection.LOWER_IS_BETTER;
        boolean sixNd = compute != null && compute.sixNd != null;
        return new CttSpec(metric, value, dir, compute == null ? null : compute.flopsPerStep,
                compute == null ? null : compute.flopsTag, sixNd ? compute.sixNd.params : null,
                sixNd ? compute.sixNd.tokensPerStep : null, smoothing == null ? Double.NaN : smoothing);
    }

    MetricTarget toMetricTarget() {
        return toSpec().toMetricTarget();
    }
}
