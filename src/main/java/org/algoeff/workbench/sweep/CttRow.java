// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One line of a bulk compute-to-target table: one run of one discovered source. A source that could not be read,
 * or a run lacking the metric or compute information, still gets a line, with the reason in {@code problem}.
 *
 * @param trainingFlops FLOPs at the target; NaN when not reached or not computable
 * @param problem       empty when the question could be answered
 */
public record CttRow(String source, String format, String run, String metric, double target, boolean reached,
        double step, double trainingFlops, double bestValue, long bestStep, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final List<String> COLUMNS = List.of("source", "format", "run", "metric", "target", "reached",
            "step", "training_flops", "best_value", "best_step", "problem");

    /** The table as CSV, header first (NaN as an empty field). */
    public static String toCsv(List<CttRow> rows) {
        return CsvText.table(COLUMNS, rows.stream().map(r -> new Object[] {r.source, r.format, r.run, r.metric,
            r.target, r.reached, r.step, r.trainingFlops, r.bestValue, r.bestStep, r.problem}).toList());
    }
}
