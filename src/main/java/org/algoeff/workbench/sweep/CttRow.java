// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

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

    /** The table as CSV, header first. */
    public static String toCsv(List<CttRow> rows) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (CttRow r : rows) {
            Object[] v = {r.source, r.format, r.run, r.metric, r.target, r.reached, r.step, r.trainingFlops,
                r.bestValue, r.bestStep, r.problem};
            for (int i = 0; i < v.length; i++) {
                b.append(i == 0 ? "" : ",").append(field(v[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String field(Object o) {
        if (o instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "";
        }
        String s = String.valueOf(o);
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
