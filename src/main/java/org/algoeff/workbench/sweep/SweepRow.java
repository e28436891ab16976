// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.rerun.RerunResult;

/**
 * One line of a sweep's summary table: what a completed cell measured. Column names match
 * {@code io.sweep.SweepSummaryReader}, which reads the CSV back for the window.
 *
 * @param computeToTarget training FLOPs at the target, interpolated; NaN when not reached
 * @param log             the cell's JSONL log, relative to the output folder
 */
public record SweepRow(String cell, String recipe, int year, long seed, double target, String dataset,
        String backend, String device, int trainExamples, int testExamples, long examples,
        long forwardFlopsPerExample, long trainingFlops, boolean reached, double computeToTarget,
        double finalAccuracy, double bestAccuracy, double seconds, String log) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** CSV header, in column order. */
    public static final List<String> COLUMNS = List.of("cell", "recipe", "year", "seed", "target", "dataset",
            "backend", "device", "train_examples", "test_examples", "examples", "forward_flops_per_example",
            "training_flops", "reached", "compute_to_target", "final_accuracy", "best_accuracy", "seconds", "log");

    /** The row of a finished rerun. */
    public static SweepRow of(SweepCell cell, RerunResult r, String log) {
        return new SweepRow(cell.id(), r.recipe(), r.year(), r.seed(), r.target(), cell.dataset(),
                r.backend().used().id(), r.backend().describe(), r.trainExamples(), r.testExamples(), r.examples(),
                r.forwardFlopsPerExample(), r.trainingFlops(), r.reachedTarget(), r.computeToTarget(),
                r.finalAccuracy(), r.bestAccuracy(), r.seconds(), log);
    }

    /** The row as CSV fields (RFC 4180 quoting where needed; NaN as an empty field). */
    public String toCsvLine() {
        Object[] v = {cell, recipe, year, seed, target, dataset, backend, device, trainExamples, testExamples,
            examples, forwardFlopsPerExample, trainingFlops, reached, computeToTarget, finalAccuracy, bestAccuracy,
            seconds, log};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(v[i]));
        }
        return b.toString();
    }

    private static String field(Object o) {
        if (o instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "";
        }
        String s = String.valueOf(o);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** The whole table as CSV text, header first, rows in the given order. */
    public static String toCsv(List<SweepRow> rows) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (SweepRow r : rows) {
            b.append(r.toCsvLine()).append('\n');
        }
        return b.toString();
    }
}
