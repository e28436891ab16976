// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrend;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;

/** How {@code algoeff ctt} prints several runs: a table, or {@code {"runs": [...]}} with {@code --json}. */
final class RunsTable {
    private RunsTable() {
    }

    static void writeText(RunsTrend trend, PrintWriter out, Path trendOut) {
        MetricTarget q = trend.question();
        out.printf(Locale.ROOT, "target: %s %s %s%s, compute from each run's %s unless given%n", q.metric(),
                q.direction().operator(), RunsTrendService.formatTarget(q.target()),
                q.smoothed() ? " (TensorBoard EMA smoothing " + q.smoothing() + ")" : "", q.compute().method());
        int name = width(trend, RunOutcome::name, "run");
        int id = width(trend, RunOutcome::runId, "id");
        int origin = width(trend, RunOutcome::dateOrigin, "date from");
        String row = "%-" + name + "s  %-" + id + "s  %-10s  %-" + origin + "s  %16s  %s%n";
        out.printf(Locale.ROOT, row, "run", "id", "date", "date from", "FLOP to target", "note");
        for (RunOutcome r : trend.outcomes()) {
            out.printf(Locale.ROOT, row, r.name(), r.runId(), r.date() == null ? "no date" : r.date(),
                    r.dateOrigin(), r.status() == RunOutcome.Status.REACHED
                            ? String.format(Locale.ROOT, "%.6e", r.trainingFlops()) : "-", r.reason());
        }
        long points = trend.outcomes().stream().filter(RunOutcome::isTrendPoint).count();
        out.printf(Locale.ROOT, "%d of %d run(s) dated and reached the target%s%n", points, trend.outcomes().size(),
                trendOut == null ? "" : "; data set written to " + trendOut + " (fit it with 'algoeff fit "
                        + trendOut + "')");
    }

    private static int width(RunsTrend trend, Function<RunOutcome, String> column, String header) {
        return Math.max(header.length(), trend.outcomes().stream().mapToInt(r -> column.apply(r).length()).max()
                .orElse(0));
    }

    static void writeJson(RunsTrend trend, PrintWriter out) throws IOException {
        MetricTarget q = trend.question();
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("metric", q.metric());
            g.writeNumberField("target", q.target());
            g.writeStringField("direction", q.direction().operator());
            CttCommand.number(g, "smoothing", q.smoothing());
            g.writeArrayFieldStart("runs");
            for (RunOutcome r : trend.outcomes()) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("id", r.runId());
                g.writeStringField("source", r.source());
                g.writeStringField("date", r.date() == null ? null : r.date().toString());
                g.writeStringField("dateSource", r.date() == null ? null : r.dateOrigin());
                g.writeStringField("computeSource", r.computeMethod());
                g.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
                CttCommand.number(g, "computeToTarget", r.trainingFlops());
                CttCommand.number(g, "stepAtTarget", r.stepAtTarget());
                CttCommand.number(g, "bestValue", r.bestValue());
                g.writeStringField("reason", r.reason().isEmpty() ? null : r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("trendPoints", trend.outcomes().stream().filter(RunOutcome::isTrendPoint).count());
            g.writeEndObject();
        }
        out.println();
    }

    /** A runs data set with no points, so --trend-out always writes a file with the header. */
    static TrendDataset emptyDataset(RunsTrend trend) {
        return new TrendDataset(RunsTrendService.datasetName(trend.question()), RunsTrendService.VALUE_LABEL,
                List.of(), new Provenance(List.of(), Map.of(), CttCommand.version(), Instant.EPOCH));
    }
}
