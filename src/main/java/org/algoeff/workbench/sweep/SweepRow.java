// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.Serializable;
import java.util.List;

import org.algoeff.workbench.rerun.RecipeVariation;
import org.algoeff.workbench.rerun.RerunResult;

/**
 * One line of a sweep's summary table: what a completed cell measured. Column names match
 * {@code io.sweep.SweepSummaryReader}, which reads the CSV back for the window.
 *
 * @param computeToTarget training FLOPs at the target, interpolated; NaN when not reached
 * @param log             the cell's JSONL log, relative to the output folder
 * @param variation       the recipe variation's label ("as published" when none; absent in rows written before
 *                        sweeps had variations, read as "as published"); the last column, so older readers still
 *                        find theirs where they were
 */
public record SweepRow(String cell, String recipe, int year, long seed, double target, String dataset,
        String backend, String device, int trainExamples, int testExamples, long examples,
        long forwardFlopsPerExample, long trainingFlops, boolean reached, double computeToTarget,
        double finalAccuracy, double bestAccuracy, double seconds, String log, String variation)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    public SweepRow {
        variation = variation == null ? RecipeVariation.NONE.label() : variation;
    }

    /** CSV header, in column order. */
    public static final List<String> COLUMNS = List.of("cell", "recipe", "year", "seed", "target", "dataset",
            "backend", "device", "train_examples", "test_examples", "examples", "forward_flops_per_example",
            "training_flops", "reached", "compute_to_target", "final_accuracy", "best_accuracy", "seconds", "log", "variation");

    /** The row of a finished rerun. */
    public static SweepRow of(SweepCell cell, RerunResult r, String log) {
        return new SweepRow(cell.id(), r.recipe(), r.year(), r.seed(), r.target(), cell.dataset(),
                r.backend().used().id(), r.backend().describe(), r.trainExamples(), r.testExamples(), r.examples(),
                r.forwardFlopsPerExample(), r.trainingFlops(), r.reachedTarget(), r.computeToTarget(),
                r.finalAccuracy(), r.bestAccuracy(), r.seconds(), log, cell.variation().label());
    }

    /** The row's values in {@link #COLUMNS} order. */
    Object[] values() {
        return new Object[] {cell, recipe, year, seed, target, dataset, backend, device, trainExamples, testExamples,
            examples, forwardFlopsPerExample, trainingFlops, reached, computeToTarget, finalAccuracy, bestAccuracy,
            seconds, log, variation};
    }

    /** The whole table as CSV text, header first, rows in the given order (NaN as an empty field). */
    public static String toCsv(List<SweepRow> rows) {
        return CsvText.table(COLUMNS, rows.stream().map(SweepRow::values).toList());
    }
}
