// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TargetList;
import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.ctt.ComputeToTarget;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.plot.SensitivityChart;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.analysis.runs.RunsTrend;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.io.dataset.TrendCsvWriter;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.LogReaders;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.io.text.StepAxis;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.rerun.TargetLadder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * {@code algoeff ctt PATH... --metric TAG --target V ...}: training compute at which each run first reaches a
 * target; one run gets the detailed report, several the runs table (and, with {@code --trend-out}, the runs data
 * set that {@code algoeff fit} and the window read).
 */
@Command(name = "ctt", mixinStandardHelpOptions = true,
        description = {"Compute to target: the training FLOPs at which a run's metric first reaches a target,",
            "interpolated linearly between logged points. Compute comes from the run's own FLOPs unless given.",
            "With several runs, every run is reported (with why it has no value) and --trend-out writes the",
            "dated runs that reached the target as a data-set CSV for 'algoeff fit'."})
final class CttCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "log files and run folders (any number)")
    List<Path> paths;

    @Option(names = "--run", paramLabel = "NAME|ID", description = "only this run (its name, or its run id when "
            + "several runs share a name)")
    String runName;

    @Option(names = "--date", paramLabel = "RUN=YYYY-MM-DD", description = "date of a run (by name or id), instead "
            + "of the one its log records; repeatable")
    Map<String, String> dates = new LinkedHashMap<>();

    @Option(names = "--trend-out", paramLabel = "FILE.csv", description = "write the runs data set (name, date, "
            + "compute to target, metric, target, compute source, source file) as CSV; with --targets one row per run "
            + "and target ('algoeff fit FILE --group-by target' fits each target)")
    Path trendOut;

    @Option(names = "--targets", paramLabel = "FROM:TO:STEP|V,V,...", description = "instead of --target: measure "
            + "every run at each of these targets (threshold sensitivity), e.g. 0.90:0.96:0.01 or 0.9,0.945,0.96, and "
            + "fit the halving time at each")
    String targets;

    @Option(names = "--sensitivity-out", paramLabel = "FILE", description = "with --targets: draw the halving time "
            + "vs target chart to FILE.png, FILE.svg, FILE.csv or FILE.json")
    Path sensitivityOut;

    @Mixin
    TargetOptions question;

    @Option(names = "--x", paramLabel = "COLUMN", description = "CSV column / JSONL key to use as the step axis")
    String xColumn;

    @Option(names = "--wandb-internal", description = "also show W&B bookkeeping keys as series (_runtime, "
            + "_timestamp, _wandb/*, media fields such as <key>/size); hidden by default")
    boolean wandbInternal;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FigureOptions figure;

    @Override
    public Integer call() throws IOException {
        LoadReport report = new RunLoader(LogReaders.all(xColumn, wandbInternal), LogReaders.eventFolderReader())
                .load(paths, ProgressSink.NONE, CancellationToken.NEVER);
        List<Run> runs = RunChoice.pick(report.runs(), runName, paths);
        PrintWriter out = spec.commandLine().getOut();
        if (targets != null) {
            if (question.target != null) {
                throw new IllegalArgumentException("give --target or --targets, not both");
            }
            sweep(runs, TargetList.parse(targets), out);
            report.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p.describe()));
            out.flush();
            return 0;
        }
        if (sensitivityOut != null) {
            throw new IllegalArgumentException("--sensitivity-out needs --targets");
        }
        MetricTarget request = question.toMetricTarget();
        if (runs.size() == 1 && trendOut == null && dates.isEmpty()) {
            ComputeToTarget result = new ComputeToTargetService(version(), Clock.systemUTC())
                    .compute(runs.get(0), request, ProgressSink.NONE, CancellationToken.NEVER);
            String unit = runs.get(0).metadata().getOrDefault(Run.KEY_STEP_UNIT, "");
            if (json) {
                writeJson(result, unit, out);
            } else {
                writeText(result, unit, out);
            }
        } else {
            RunsTrend trend = new RunsTrendService(version(), Clock.systemUTC()).measure(
                    RunChoice.withDates(runs, dates), request, ProgressSink.NONE, CancellationToken.NEVER);
            if (trendOut != null) {
                TrendCsvWriter.write(trend.datasetIfAny().orElse(RunsTable.emptyDataset(trend)), trendOut);
            }
            if (json) {
                RunsTable.writeJson(trend, out);
            } else {
                RunsTable.writeText(trend, out, trendOut);
            }
        }
        report.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p.describe()));
        out.flush();
        return 0;
    }

    /**
     * Every run at every target; the runs data set of all targets; the halving time at each. Rerun logs are a
     * ladder: their seeds are grouped per recipe (median, interval over seeds and recipes), as the Reruns tab does.
     */
    private void sweep(List<Run> runs, List<Double> values, PrintWriter out) throws IOException {
        MetricTarget first = question.toSpec(values.get(0)).toMetricTarget();
        List<RunInput> inputs = RunChoice.withDates(runs, dates);
        TargetSweep sweep = new RunsTrendService(version(), Clock.systemUTC()).measureTargets(
                inputs, first, values, ProgressSink.NONE, CancellationToken.NEVER);
        boolean ladder = TargetLadder.areRerunLogs(inputs);
        List<TargetSensitivity.TargetData> data = TargetLadder.ofSweep(inputs, sweep, LADDER);
        List<TargetSensitivity.Row> rows = TargetSensitivity.fit(data, FitOptions.DEFAULT,
                new TrendFitter(version()), ProgressSink.NONE, CancellationToken.NEVER);
        if (trendOut != null) {
            TrendDataset written = ladder ? TargetSweepTable.ladderDataset(sweep, data, LADDER).orElse(null)
                    : sweep.datasetIfAny().orElse(null);
            TrendCsvWriter.write(written != null ? written : RunsTable.emptyDataset(sweep.perTarget().get(0)),
                    trendOut);
        }
        if (sensitivityOut != null) {
            SensitivityFigure.write(SensitivityFigure.spec(sweep.question(), List.of(
                    new SensitivityChart.Series(ladder ? LADDER : "your runs", rows))), figure, sensitivityOut);
        }
        if (json) {
            TargetSweepTable.writeJson(sweep, ladder ? data : List.of(), rows, out);
        } else {
            TargetSweepTable.writeText(sweep, ladder ? data : List.of(), rows, out, trendOut);
        }
    }

    /** The name of rerun logs grouped per recipe. */
    private static final String LADDER = "rerun ladder";

    static String version() {
        String v = CttCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** @param unit what one step of the run is ({@link Run#KEY_STEP_UNIT}), "" when the format says nothing */
    private static void writeText(ComputeToTarget r, String unit, PrintWriter out) {
        MetricTarget q = r.request();
        out.printf(Locale.ROOT, "run:      %s%n", r.run());
        if (!r.runId().isEmpty()) {
            out.printf(Locale.ROOT, "run id:   %s%n", r.runId());
        }
        out.printf(Locale.ROOT, "target:   %s %s %s%s%n", q.metric(), q.direction().operator(), q.target(),
                q.smoothed() ? " (TensorBoard EMA smoothing " + q.smoothing() + ")" : "");
        if (!unit.isEmpty()) {
            out.printf(Locale.ROOT, "step:     %s%n", unit);
        }
        if (r.reached()) {
            out.printf(Locale.ROOT, "reached:  step %.2f, %.4e FLOP%n", r.stepAtTarget(), r.trainingFlops());
        } else {
            out.printf(Locale.ROOT, "reached:  no (best %s at step %d)%n", r.bestValue(), r.bestStep());
        }
        String perStep = unit.startsWith(StepAxis.EPOCHS_COMPLETED) ? "FLOP per step (= per epoch)" : "FLOP per step";
        out.printf(Locale.ROOT, "compute:  %s%s%n", q.compute().method(), Double.isNaN(r.flopsPerStep()) ? ""
                : String.format(Locale.ROOT, ", %.4e %s", r.flopsPerStep(), perStep));
        for (SourceFile f : r.provenance().sources()) {
            out.printf(Locale.ROOT, "source:   %s (sha256 %s)%n", f.path(), f.sha256());
        }
    }

    private static void writeJson(ComputeToTarget r, String unit, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("run", r.run());
            if (!r.runId().isEmpty()) {
                g.writeStringField("run_id", r.runId());
            }
            g.writeStringField("metric", r.request().metric());
            g.writeNumberField("target", r.request().target());
            g.writeStringField("direction", r.request().direction().operator());
            g.writeBooleanField("reached", r.reached());
            if (!unit.isEmpty()) {
                g.writeStringField("step_unit", unit);
            }
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
    static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
