// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.algoeff.workbench.analysis.runs.RunDates;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.LogReaders;
import org.algoeff.workbench.io.detect.PathLoader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** {@code algoeff inspect PATH... [--json]}: what runs, series and problems the given logs hold. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"List the runs, series (points, first and last value) and problems in training logs.",
            "Every file of a folder is accounted for: read, or listed as skipped with the reason.",
            "Exit 0 when any run or data set loaded, 1 otherwise."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "log files or folders of runs")
    List<Path> paths;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--x", paramLabel = "COLUMN",
            description = "CSV column / JSONL key to use as x (default: step, else first whole-number column)")
    String xColumn;

    @Option(names = "--wandb-internal", description = "also show W&B bookkeeping keys as series (_runtime, "
            + "_timestamp, _wandb/*, media fields such as <key>/size); hidden by default")
    boolean wandbInternal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadOutcome outcome = new PathLoader(new RunLoader(LogReaders.all(xColumn, wandbInternal),
                LogReaders.eventFolderReader()))
                .load(paths, Map.of(), ProgressSink.NONE, CancellationToken.NEVER);
        LoadReport report = outcome.toRunReport();
        List<InspectEntries.Entry> entries = InspectEntries.of(report);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(entries, outcome.folders(), out);
        } else {
            writeTable(entries, out);
            InspectFolders.writeTable(outcome.folders(), out);
        }
        out.flush();
        return report.anyLoaded() || !outcome.datasets().isEmpty() ? 0 : 1;
    }

    private static void writeJson(List<InspectEntries.Entry> entries, List<LoadOutcome.FolderWalk> folders,
            PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("runs");
            for (InspectEntries.Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("source", e.source());
                g.writeStringField("format", e.format());
                g.writeStringField("name", e.name());
                if (e.run() != null) {
                    g.writeStringField("id", e.run().id());
                    RecordedDate d = RunDates.recorded(e.run()).orElse(null);
                    g.writeStringField("date", d == null ? null : d.date().toString());
                    g.writeStringField("dateSource", d == null ? null : d.origin());
                }
                g.writeArrayFieldStart("series");
                for (MetricSeries s : e.run() == null ? List.<MetricSeries>of() : e.run().series()) {
                    writeSeries(g, s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("problems");
                for (Problem p : e.problems()) {
                    g.writeStartObject();
                    g.writeStringField("file", p.source());
                    g.writeStringField("where", p.where());
                    g.writeStringField("severity", p.severity().jsonName());
                    g.writeStringField("message", p.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            InspectFolders.writeJson(folders, g);
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeSeries(JsonGenerator g, MetricSeries s) throws IOException {
        g.writeStartObject();
        g.writeStringField("tag", s.tag());
        g.writeNumberField("points", s.size());
        if (!s.isEmpty()) {
            writePoint(g, "first", s, 0);
            writePoint(g, "last", s, s.size() - 1);
        }
        g.writeEndObject();
    }

    /** Non-finite values are written as the strings "NaN", "Infinity", "-Infinity" (JSON has no such numbers). */
    private static void writePoint(JsonGenerator g, String name, MetricSeries s, int i) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("step", s.step(i));
        if (Double.isFinite(s.value(i))) {
            g.writeNumberField("value", s.value(i));
        } else {
            g.writeStringField("value", Double.toString(s.value(i)));
        }
        g.writeEndObject();
    }

    private static void writeTable(List<InspectEntries.Entry> entries, PrintWriter out) {
        for (InspectEntries.Entry e : entries) {
            out.printf(Locale.ROOT, "%s%s  [%s]  %s%n", e.name(), e.run() == null || e.run().id().isEmpty() ? ""
                    : "  (run id " + e.run().id() + ")", e.format(), e.source());
            if (e.run() != null) {
                out.printf(Locale.ROOT, "  date: %s%n", RunDates.recorded(e.run())
                        .map(d -> d.date() + " (" + d.origin() + ")").orElse("none recorded"));
            }
            if (e.run() != null && !e.run().series().isEmpty()) {
                out.printf(Locale.ROOT, "  %-40s %9s  %12s %14s  %12s %14s%n", "tag", "points", "first step",
                        "first value", "last step", "last value");
                for (MetricSeries s : e.run().series()) {
                    int last = s.size() - 1;
                    out.printf(Locale.ROOT, "  %-40s %9d  %12d %14.6g  %12d %14.6g%n", s.tag(), s.size(),
                            s.step(0), s.value(0), s.step(last), s.value(last));
                }
            }
            for (Problem p : e.problems()) {
                // In a folder or a store, a problem names its own file.
                String file = p.source().isEmpty() || p.source().equals(e.source()) ? "" : p.source() + ": ";
                out.printf(Locale.ROOT, "  %s: %s%s%s%n", p.severity().jsonName(), file,
                        p.where().isEmpty() ? "" : p.where() + ": ", p.message());
            }
            out.println();
        }
    }
}
