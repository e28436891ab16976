// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;

/**
 * Synthetic runs whose curves cross each target at a known compute, for threshold-sensitivity tests: run i (dated
 * 1 January 2012 + i) logs series "acc" = 0, then exactly {@link #TARGETS}[j] at cumulative FLOPs (series "flops")
 * 1e15 x 100^j x 2^(-12 (t - 2012) / {@link #HALVING}[j]), so its compute-to-target halves every HALVING[j] months
 * at TARGETS[j].
 */
public final class KnownCrossings {
    public static final double[] TARGETS = {0.90, 0.92, 0.94, 0.96};
    public static final double[] HALVING = {103, 70, 58, 41};

    private KnownCrossings() {
    }

    /** Run i with its first {@code knots} targets logged and the given metadata. */
    public static Run run(int i, int knots, Map<String, String> extra) {
        long[] steps = new long[knots + 1];
        double[] acc = new double[knots + 1];
        double[] flops = new double[knots + 1];
        for (int j = 0; j < knots; j++) {
            steps[j + 1] = j + 1;
            acc[j + 1] = TARGETS[j];
            flops[j + 1] = crossing(i, j);
        }
        return new Run("run" + i, "test", "/logs/run" + i, "", new RecordedDate(LocalDate.of(2012 + i, 1, 1), "test"),
                List.of(new MetricSeries("acc", steps, acc, new double[knots + 1]),
                        new MetricSeries("flops", steps.clone(), flops, new double[knots + 1])),
                new LinkedHashMap<>(extra));
    }

    /** Runs 0..n-1, every target logged. */
    public static List<Run> fullRuns(int n) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(run(i, TARGETS.length, Map.of()));
        }
        return runs;
    }

    /** Where run i crosses TARGETS[j], in FLOP. */
    public static double crossing(int i, int j) {
        double years = DecimalYear.of(LocalDate.of(2012 + i, 1, 1)) - 2012;
        return 1e15 * Math.pow(100, j) * Math.pow(2, -12 * years / HALVING[j]);
    }
}
