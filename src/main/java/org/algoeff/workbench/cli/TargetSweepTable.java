// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.rerun.RerunSummary;

/**
 * How {@code algoeff ctt --targets} prints: a run x target table of compute-to-target, the halving time at each
 * target, and why any cell is empty; or one JSON object.
 */
final class TargetSweepTable {
    private TargetSweepTable() {
    }

    /**
     * @param ladder each target's rerun ladder when the runs are rerun logs grouped per recipe, else empty
     */
    static void writeText(TargetSweep sweep, List<TargetSensitivity.TargetData> ladder, List<TargetSensitivity.Row> rows,
                          PrintWriter out, Path trendOut) {
        MetricTarget q = sweep.question();
        out.printf(Locale.ROOT, "targets: %s %s %s%s, compute from each run's %s unless given%n", q.metric(),
                q.direction().operator(), String.join(", ", sweep.targets().stream()
                        .map(RunsTrendService::formatTarget).toList()),
                q.smoothed() ? " (TensorBoard EMA smoothing " + q.smoothing() + ")" : "", q.compute().method());
        List<RunOutcome> first = sweep.perTarget().get(0).outcomes();
        int name = Math.max(3, first.stream().mapToInt(o -> o.name().length()).max().orElse(0));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + name + "s  %-10s", "run", "date"));
        sweep.targets().forEach(t -> head.append(String.format(Locale.ROOT, "  %11s", RunsTrendService.formatTarget(t))));
        out.println(head);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            RunOutcome r0 = first.get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + name + "s  %-10s", r0.name(),
                    r0.date() == null ? "no date" : r0.date()));
            for (int j = 0; j < sweep.perTarget().size(); j++) {
                RunOutcome o = sweep.perTarget().get(j).outcomes().get(i);
                row.append(String.format(Locale.ROOT, "  %11s", cell(o)));
                // With a ladder the halving lines say this per recipe; per log it repeated one sentence per seed.
                if (ladder.isEmpty() && o.status() == RunOutcome.Status.NOT_MEASURED) {
                    notes.add(o.name() + " at " + RunsTrendService.formatTarget(sweep.targets().get(j)) + ": "
                            + o.reason());
                }
            }
            out.println(row);
        }
        out.println("(FLOP; - not reached, ? cannot be measured)");
        out.println();
        if (!ladder.isEmpty()) {
            writeLadder(sweep, ladder, out);
        }
        out.println(ladder.isEmpty() ? "halving time at each target (the dated runs that reached it; the fit of "
                + "'algoeff fit FILE --group-by target --direction declining'):" : "halving time at each target (the "
                + "recipes' medians; the interval resamples seeds within recipes and recipes):");
        for (String line : TargetSensitivity.readout(rows).split("\n")) {
            out.println("  " + line);
        }
        notes.stream().distinct().limit(20).forEach(n -> out.println("note: " + n));
        if (trendOut != null) {
            out.println("data set written to " + trendOut + " (one row per " + (ladder.isEmpty() ? "run" : "recipe")
                    + " and target; fit each target with 'algoeff fit " + trendOut + " --group-by target')");
        }
    }

    /** A recipe x target table of the medians over seeds, and why a recipe is missing at a target. */
    private static void writeLadder(TargetSweep sweep, List<TargetSensitivity.TargetData> ladder, PrintWriter out) {
        Map<String, Map<Double, TrendPoint>> byRecipe = new LinkedHashMap<>();
        for (TargetSensitivity.TargetData d : ladder) {
            if (d.dataset() != null) {
                d.dataset().points().forEach(p -> byRecipe.computeIfAbsent(p.label(), k -> new LinkedHashMap<>())
                        .put(d.target(), p));
            }
        }
        int name = Math.max(6, byRecipe.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + name + "s  %-10s", "recipe", "date"));
        sweep.targets().forEach(t -> head.append(String.format(Locale.ROOT, "  %11s", RunsTrendService.formatTarget(t))));
        out.println("rerun ladder: each recipe's median over its seeds (a missed seed counts as infinite):");
        out.println(head);
        for (Map.Entry<String, Map<Double, TrendPoint>> e : byRecipe.entrySet()) {
            TrendPoint any = e.getValue().values().iterator().next();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + name + "s  %-10s", e.getKey(),
                    any.date()));
            for (double t : sweep.targets()) {
                TrendPoint p = e.getValue().get(t);
                row.append(String.format(Locale.ROOT, "  %11s", p == null ? "-" : String.format(Locale.ROOT, "%.4e",
                        p.value())));
            }
            out.println(row);
        }
        // Each target's halving line below says which recipes it left out and why.
        out.println("(FLOP; - not on the ladder at that target, see why below)");
        out.println();
    }

    /** Every target's ladder points in one data set with a {@code target} column, or empty when there are none. */
    static Optional<TrendDataset> ladderDataset(TargetSweep sweep, List<TargetSensitivity.TargetData> ladder,
                                                String name) {
        List<TrendPoint> all = new ArrayList<>();
        ladder.stream().filter(d -> d.dataset() != null).forEach(d -> all.addAll(d.dataset().points()));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        TrendDataset any = ladder.stream().filter(d -> d.dataset() != null).findFirst().orElseThrow().dataset();
        return Optional.of(new TrendDataset(name + ": " + sweep.question().metric() + " "
                + sweep.question().direction().operator() + " " + String.join(", ", sweep.targets().stream()
                .map(RunsTrendService::formatTarget).toList()), RunsTrendService.VALUE_LABEL, all, any.provenance()));
    }

    private static String cell(RunOutcome o) {
        return switch (o.status()) {
            case REACHED -> String.format(Locale.ROOT, "%.4e", o.trainingFlops());
            case NOT_REACHED -> "-";
            case NOT_MEASURED -> "?";
        };
    }

    static void writeJson(TargetSweep sweep, List<TargetSensitivity.TargetData> ladder, List<TargetSensitivity.Row> rows,
                          PrintWriter out) throws IOException {
        MetricTarget q = sweep.question();
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("metric", q.metric());
            g.writeStringField("direction", q.direction().operator());
            CttCommand.number(g, "smoothing", q.smoothing());
            g.writeArrayFieldStart("targets");
            for (double t : sweep.targets()) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            runs(g, sweep);
            if (!ladder.isEmpty()) {
                ladder(g, ladder);
            }
            g.writeArrayFieldStart("halvingByTarget");
            for (TargetSensitivity.Row r : rows) {
                row(g, r);
            }
            g.writeEndArray();
            g.writeNumberField("trendPoints", sweep.datasetIfAny().map(d -> d.points().size()).orElse(0));
            g.writeEndObject();
        }
        out.println();
    }

    private static void runs(JsonGenerator g, TargetSweep sweep) throws IOException {
        g.writeArrayFieldStart("runs");
        List<RunOutcome> first = sweep.perTarget().get(0).outcomes();
        for (int i = 0; i < first.size(); i++) {
            RunOutcome r = first.get(i);
            g.writeStartObject();
            g.writeStringField("name", r.name());
            g.writeStringField("id", r.runId());
            g.writeStringField("source", r.source());
            g.writeStringField("date", r.date() == null ? null : r.date().toString());
            g.writeStringField("dateSource", r.date() == null ? null : r.dateOrigin());
            g.writeStringField("computeSource", r.computeMethod());
            g.writeArrayFieldStart("byTarget");
            for (int j = 0; j < sweep.perTarget().size(); j++) {
                RunOutcome o = sweep.perTarget().get(j).outcomes().get(i);
                g.writeStartObject();
                g.writeNumberField("target", sweep.targets().get(j));
                g.writeStringField("status", o.status().name().toLowerCase(Locale.ROOT));
                CttCommand.number(g, "computeToTarget", o.trainingFlops());
                CttCommand.number(g, "stepAtTarget", o.stepAtTarget());
                CttCommand.number(g, "bestValue", o.bestValue());
                g.writeStringField("reason", o.reason().isEmpty() ? null : o.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ladder(JsonGenerator g, List<TargetSensitivity.TargetData> ladder) throws IOException {
        g.writeArrayFieldStart("ladderByTarget");
        for (TargetSensitivity.TargetData d : ladder) {
            g.writeStartObject();
            g.writeNumberField("target", d.target());
            g.writeArrayFieldStart("recipes");
            for (TrendPoint p : d.dataset() == null ? List.<TrendPoint>of() : d.dataset().points()) {
                g.writeStartObject();
                g.writeStringField("recipe", p.label());
                g.writeStringField("date", p.date().toString());
                CttCommand.number(g, "medianComputeToTarget", p.value());
                CttCommand.number(g, "medianCiLow", attribute(p, RerunSummary.MEDIAN_CI_LOW));
                CttCommand.number(g, "medianCiHigh", attribute(p, RerunSummary.MEDIAN_CI_HIGH));
                g.writeNumberField("reached", (int) attribute(p, RerunSummary.REACHED));
                g.writeNumberField("seeds", (int) attribute(p, RerunSummary.SEEDS));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("reason", d.why().isEmpty() ? null : d.why());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static double attribute(TrendPoint p, String key) {
        String v = p.attributes().get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static void row(JsonGenerator g, TargetSensitivity.Row r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("target", r.target());
        g.writeNumberField("points", r.points());
        if (r.fitted()) {
            CttCommand.number(g, "halvingMonths", r.fit().months());
            Interval ci = r.ci95Months();
            g.writeArrayFieldStart("ci95Months");
            for (double v : new double[] {ci.low(), ci.high()}) {
                if (Double.isFinite(v)) {
                    g.writeNumber(v);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
            g.writeStringField("ci95Method", r.ci95Method());
            CttCommand.number(g, "slopeLog2PerYear", r.fit().slopeLog2PerYear());
            CttCommand.number(g, "fittedFactor", r.fit().fittedFactor());
        }
        g.writeStringField("reason", r.reason().isEmpty() ? null : r.reason());
        g.writeEndObject();
    }
}
