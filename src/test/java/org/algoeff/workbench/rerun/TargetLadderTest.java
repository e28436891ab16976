// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A rerun batch read at several targets, on synthetic evaluation curves that cross known accuracies at known FLOPs:
 * recipe k's seed s evaluates at accuracies 0.5, 0.90, 0.94, 0.96 at FLOPs c_k x (1, 10, 20, 40) x (1 + s / 10).
 */
class TargetLadderTest {
    private static final BackendInfo CPU = new BackendInfo(Backend.CPU, Backend.CPU, "", "", 1, "", "", "");
    private static final double[] ACCURACY = {0.5, 0.90, 0.94, 0.96};
    private static final double[] FLOPS = {1, 10, 20, 40};

    /** One seed; {@code stopAt} the batch's target (the curve is cut at its first evaluation reaching it). */
    private static RerunResult seed(String recipe, int year, double cost, int seed, double stopAt) {
        List<EvalPoint> curve = new ArrayList<>();
        curve.add(new EvalPoint(0, 0, 0, 0.1, Double.NaN, 0));
        boolean reached = false;
        for (int i = 0; i < ACCURACY.length && !reached; i++) {
            long f = Math.round(cost * FLOPS[i] * (1 + seed / 10.0));
            curve.add(new EvalPoint(i + 1, i + 1, f, ACCURACY[i], 0.5, i + 1));
            reached = ACCURACY[i] >= stopAt;
        }
        EvalPoint last = curve.get(curve.size() - 1);
        return new RerunResult(recipe, year, seed, CPU, last.examples(), 1, last.trainingFlops(), 0, 10, 10, stopAt,
                reached, reached ? last.trainingFlops() : Double.NaN, last.testAccuracy(), last.testAccuracy(), 1, 1,
                curve, "");
    }

    private static List<List<RerunResult>> batch(double stopAt) {
        List<List<RerunResult>> out = new ArrayList<>();
        int[] years = {1998, 2012, 2015};
        double[] costs = {8e12, 2e12, 5e11};
        for (int k = 0; k < 3; k++) {
            List<RerunResult> seeds = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                seeds.add(seed("recipe" + k, years[k], costs[k], s, stopAt));
            }
            out.add(seeds);
        }
        return out;
    }

    @Test
    void targetsBelowTheBatchTargetAreReadOffTheCurves() {
        List<TargetSensitivity.TargetData> data = TargetLadder.of(batch(0.94), List.of(0.90, 0.94), "batch");
        TrendPoint p = data.get(0).dataset().points().get(1);
        assertEquals("recipe1", p.label());
        assertEquals(RecipeYear.date(2012), p.date());
        assertEquals(Math.round(2e12 * 10 * 1.1), p.value(), 1, "median of seeds 0, 1, 2 is seed 1");
        assertEquals(3, data.get(1).dataset().points().size());
        assertEquals("", data.get(0).why());
    }

    @Test
    void targetsAboveTheBatchTargetCannotBeMeasuredAndSaySo() {
        TargetSensitivity.TargetData above = TargetLadder.of(batch(0.94), List.of(0.96), "batch").get(0);
        assertNull(above.dataset());
        assertEquals("recipe0, recipe1, recipe2: 3 of 3 seeds: cannot be measured at 0.96: training stopped when "
                + "test_accuracy first reached 0.94; a run trained past its target (full curve) can be measured",
                above.why(), "one note for the recipes left out for one reason");
    }

    @Test
    void fullCurvesMeasureEveryTargetAndTheHalvingFollows() {
        List<TargetSensitivity.TargetData> data = TargetLadder.of(batch(Double.POSITIVE_INFINITY),
                List.of(0.90, 0.94, 0.96, 0.99), "batch");
        assertEquals(3, data.get(2).dataset().points().size());
        assertNull(data.get(3).dataset());
        assertEquals("recipe0, recipe1, recipe2: not reached (0 of 3 seeds reached it)", data.get(3).why());
        List<TargetSensitivity.Row> rows = TargetSensitivity.fit(data, FitOptions.DEFAULT.withBootstrap(0, 1),
                new TrendFitter("test"), ProgressSink.NONE, CancellationToken.NEVER);
        // Every target's costs scale alike (x10, x20, x40 of each recipe's own), so the halving time is the same.
        assertEquals(rows.get(0).fit().months(), rows.get(1).fit().months(), 1e-3);
        assertEquals(rows.get(0).fit().months(), rows.get(2).fit().months(), 1e-3);
        assertFalse(rows.get(3).fitted());
    }
}
