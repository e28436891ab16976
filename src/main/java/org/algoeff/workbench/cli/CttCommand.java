// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.ComputeToTarget;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.LogReaders;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** {@code algoeff ctt RUN --metric TAG --target V ...}: training compute at which a run first reaches a target. */
@Command(name = "ctt", mixinStandardHelpOptions = true,
        description = {"Compute to target: the training FLOPs at which a run's metric first reaches a target,",
            "interpolated linearly between logged points. Compute comes from the run's total_flos unless given."})
final class CttCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "log file or run folder")
    Path runPath;

    @Option(names = "--run", paramLabel = "NAME", description = "which run, when RUN holds several")
    String runName;

    @Option(names = "--metric", required = true, paramLabel = "TAG", description = "series tag, e.g. eval_accuracy")
    String metric;

    @Option(names = "--target", required = true, paramLabel = "V", description = "target value of the metric")
    double target;

    @ArgGroup(exclusive = true)
    ComputeOptions compute;

    @Option(names = "--smoothing", paramLabel = "W", description = "TensorBoard EMA weight in [0, 1) applied first")
    Double smoothing;

    @ArgGroup(exclusive = true)
    DirectionOptions direction;

    @Option(names = "--x", paramLabel = "COLUMN", description = "CSV column / JSONL key to use as the step axis")
    String xColumn;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Mutually exclusive ways to count compute; none means the run's logged total FLOPs. */
    static final class ComputeOptions {
        @Option(names = "--flops-per-step", paramLabel = "F", description = "FLOPs per optimiser step")
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

    @Override
    public Integer call() throws IOException {
        LoadReport report = new RunLoader(LogReaders.all(xColumn), LogReaders.eventFolderReader())
                .load(List.of(runPath), ProgressSink.NONE, CancellationToken.NEVER);
        Run run = pick(report.runs());
        TargetDirection dir = direction == null ? TargetDirection.infer(metric)
                : direction.higher ? TargetDirection.HIGHER_IS_BETTER : TargetDirection.LOWER_IS_BETTER;
        MetricTarget request = new MetricTarget(metric, target, dir, computeSource(),
                smoothing == null ? Double.NaN : smoothing);
        ComputeToTarget result = new ComputeToTargetService(version(), Clock.systemUTC())
                .compute(run, request, ProgressSink.NONE, CancellationToken.NEVER);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(result, out);
        } else {
            writeText(result, out);
        }
        out.flush();
        return 0;
    }

    private Run pick(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(runPath + ": no run could be read (try 'algoeff inspect "
                    + runPath + "')");
        }
        List<Run> candidates = runs.stream().filter(r -> runName == null ? r.series(metric).isPresent()
                : r.name().equals(runName)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String names = String.join(", ", runs.stream().map(Run::name).toList());
        throw new IllegalArgumentException(candidates.isEmpty()
                ? (runName == null ? "no run has series '" + metric + "'" : "no run named '" + runName + "'")
                        + " (runs: " + names + ")"
                : "several runs have series '" + metric + "'; choose one with --run (runs: " + names + ")");
    }

    private ComputeSource computeSource() {
        if (compute == null) {
            return new ComputeSource.TotalFlops();
        }
        if (compute.flopsPerStep != null) {
            return new ComputeSource.FlopsPerStep(compute.flopsPerStep);
        }
        if (compute.sixNd != null) {
            return new ComputeSource.SixND(compute.sixNd.params, compute.sixNd.tokensPerStep);
        }
        return new ComputeSource.FlopsTag(compute.flopsTag);
    }

    private static String version() {
        String v = CttCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static void writeText(ComputeToTarget r, PrintWriter out) {
        MetricTarget q = r.request();
        out.printf(Locale.ROOT, "run:      %s%n", r.run());
        out.printf(Locale.ROOT, "target:   %s %s %s%s%n", q.metric(), q.direction().operator(), q.target(),
                q.smoothed() ? " (TensorBoard EMA smoothing " + q.smoothing() + ")" : "");
        if (r.reached()) {
            out.printf(Locale.ROOT, "reached:  step %.2f, %.4e FLOP%n", r.stepAtTarget(), r.trainingFlops());
        } else {
            out.printf(Locale.ROOT, "reached:  no (best %s at step %d)%n", r.bestValue(), r.bestStep());
        }
        out.printf(Locale.ROOT, "compute:  %s%s%n", q.compute().method(), Double.isNaN(r.flopsPerStep()) ? ""
                : String.format(Locale.ROOT, ", %.4e FLOP per step", r.flopsPerStep()));
        for (SourceFile f : r.provenance().sources()) {
            out.printf(Locale.ROOT, "source:   %s (sha256 %s)%n", f.path(), f.sha256());
        }
    }

    private static void writeJson(ComputeToTarget r, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("run", r.run());
            g.writeStringField("metric", r.request().metric());
            g.writeNumberField("target", r.request().target());
            g.writeStringField("direction", r.request().direction().operator());
            g.writeBooleanField("reached", r.reached());
            number(g, "step", r.stepAtTarget());
            number(g, "training_flops", r.trainingFlops());
            number(g, "flops_per_step", r.flopsPerStep());
            number(g, "best_value", r.bestValue());
            g.writeNumberField("best_step", r.bestStep());
            g.writeStringField("method", r.request().compute().method());
            g.writeObjectFieldStart("provenance");
            g.writeArrayFieldStart("sources");
            for (SourceFile f : r.provenance().sources()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("sha256", f.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("parameters");
            for (var e : new java.util.TreeMap<>(r.provenance().parameters()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("tool_version", r.provenance().toolVersion());
            g.writeStringField("created_at", r.provenance().createdAt().toString());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }

    /** Finite numbers as numbers, anything else as null (JSON has no NaN). */
    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
