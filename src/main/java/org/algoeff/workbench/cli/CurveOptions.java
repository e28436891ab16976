// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Option;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.plot.CurveChartComposer;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;

/**
 * {@code plot --curves}: training curves of logs instead of the trend chart, with the window's curves-tab settings
 * (series, x quantity, log scales, smoothing, target), turned into the same {@link CurveChartComposer.Settings}.
 */
final class CurveOptions {
    @Option(names = "--curves", description = "draw training curves of the logs given (instead of a trend chart)")
    boolean curves;

    @Option(names = "--metric", paramLabel = "TAG", split = ",", description = "with --curves: series to draw "
            + "(repeat or comma-separate for several)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--x", paramLabel = "step|wall|compute", defaultValue = "step", description = "with --curves: "
            + "x axis: optimiser step, wall time since the first point (s), or cumulative compute (FLOP) "
            + "(default: ${DEFAULT-VALUE})")
    String x;

    @Option(names = "--log-x", description = "with --curves: logarithmic x axis")
    boolean logX;

    @Option(names = "--log-y", description = "with --curves: logarithmic y axis")
    boolean logY;

    @Option(names = "--smoothing", paramLabel = "W", defaultValue = "0", description = "with --curves: TensorBoard "
            + "smoothing weight in [0, 1) drawn over the faint raw curve (default: ${DEFAULT-VALUE}, none)")
    double smoothing;

    @Option(names = "--target", paramLabel = "V", description = "with --curves: draw this target and mark where "
            + "each curve first reaches it")
    Double target;

    @Option(names = "--higher-is-better", description = "with --target: reached when the metric is at or above it "
            + "(default: inferred from the tag; loss, error, perplexity: lower is better)")
    boolean higherIsBetter;

    @Option(names = "--flops-per-step", paramLabel = "F", description = "with --x compute: FLOPs per optimiser step "
            + "for runs that log no FLOPs")
    Double flopsPerStep;

    XQuantity xQuantity() {
        return switch (x.toLowerCase(Locale.ROOT)) {
            case "step", "steps" -> XQuantity.STEP;
            case "wall", "time", "wall-time" -> XQuantity.WALL_TIME;
            case "compute", "flop", "flops" -> XQuantity.COMPUTE;
            default -> throw new IllegalArgumentException("--x must be step, wall or compute, was '" + x + "'");
        };
    }

    ComputeSource compute() {
        return flopsPerStep == null ? new ComputeSource.LoggedFlops() : new ComputeSource.FlopsPerStep(flopsPerStep);
    }

    CurveChartComposer.Settings toSettings() {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("--curves needs --metric TAG (the series to draw)");
        }
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("--smoothing must be in [0, 1), was " + smoothing);
        }
        boolean lower = !higherIsBetter && TargetDirection.infer(metrics.get(0)) == TargetDirection.LOWER_IS_BETTER;
        return new CurveChartComposer.Settings(metrics, xQuantity(), logX, logY, smoothing,
                target == null ? Double.NaN : target, null, 0, lower);
    }
}
