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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.algoeff.workbench.analysis.ctt.ComputeToTarget;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
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

    @Mixin
    TargetOptions question;

    @Option(names = "--x", paramLabel = "COLUMN", description = "CSV column / JSONL key to use as the step axis")
    String xColumn;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadReport report = new RunLoader(LogReaders.all(xColumn), LogReaders.eventFolderReader())
                .load(List.of(runPath), ProgressSink.NONE, CancellationToken.NEVER);
        Run run = pick(report.runs());
        MetricTarget request = question.toMetricTarget();
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
        List<Run> candidates = runs.stream().filter(r -> runName == null ? r.series(question.metric).isPresent()
                : r.name().equals(runName)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String names = String.join(", ", runs.stream().map(Run::name).toList());
        throw new IllegalArgumentException(candidates.isEmpty()
                ? (runName == null ? "no run has series '" + question.metric + "'" : "no run named '" + runName + "'")
                        + " (runs: " + names + ")"
                : "several runs have series '" + question.metric + "'; choose one with --run (runs: " + names + ")");
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
