// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.io.text.CsvFields;

/**
 * The runs table as RFC 4180 CSV, every run a row whatever its status (what "Copy as CSV" gives): name, run id,
 * source, date and where it came from, compute source, status, compute-to-target in FLOP (full precision), the
 * step of the crossing, the best value and the reason a run is not a trend point.
 */
public final class RunsTableCsv {
    /** The header row's columns. */
    public static final List<String> HEADER = List.of("name", "run_id", "source", "date", "date_source",
            "metric", "target", "compute_source", "status", "compute_to_target_flop", "step_at_target", "best_value",
            "reason");

    private RunsTableCsv() {
    }

    /** @param question the question the rows answer (null writes empty metric and target cells) */
    public static String toCsv(List<RunOutcome> rows, MetricTarget question) {
        StringBuilder out = new StringBuilder();
        CsvFields.appendRecord(out, HEADER);
        String metric = question == null ? "" : question.metric();
        String target = question == null ? "" : question.direction().operator() + " " + question.target();
        for (RunOutcome r : rows) {
            CsvFields.appendRecord(out, List.of(r.name(), r.runId(), r.source(), r.date() == null ? "" : r.date().toString(),
                    r.dateOrigin(), metric, target, r.computeMethod() + (r.computeSet() ? "" : " (auto)"),
                    r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), number(r.trainingFlops()),
                    number(r.stepAtTarget()), number(r.bestValue()), r.reason()));
        }
        return out.toString();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
