// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComputeAxisTest {
    private static MetricSeries series(String tag, long[] steps, double[] values) {
        return new MetricSeries(tag, steps, values, new double[steps.length]);
    }

    private static final MetricSeries LOSS = series("loss", new long[] {0, 10, 20, 30}, new double[] {3, 2, 1, 0.5});

    @Test
    void eachSourceGivesCumulativeFlopsAtEveryPoint() {
        Run hf = new Run("hf", "hf-trainer-state", "s", List.of(LOSS), Map.of(Run.KEY_TOTAL_FLOPS, "600",
                "global_step", "30"));
        assertArrayEquals(new double[] {0, 200, 400, 600}, ComputeAxis.of(hf, new ComputeSource.LoggedFlops())
                .flopsAtPoints(LOSS), 0.0, "total_flos spread over global_step");
        Run bare = new Run("bare", "tfevents", "s", List.of(LOSS), Map.of());
        assertArrayEquals(new double[] {0, 50, 100, 150}, ComputeAxis.of(bare, new ComputeSource.FlopsPerStep(5))
                .flopsAtPoints(LOSS), 0.0);
        assertArrayEquals(new double[] {0, 6 * 2 * 3 * 10, 6 * 2 * 3 * 20, 6 * 2 * 3 * 30},
                ComputeAxis.of(bare, new ComputeSource.SixND(2, 3)).flopsAtPoints(LOSS), 0.0, "6 N D per step");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ComputeAxis.of(bare, new ComputeSource.LoggedFlops()));
        assertTrue(none.getMessage().contains("logs no FLOPs of its own"), none.getMessage());
    }

    @Test
    void aFlopsSeriesIsInterpolatedAndEndsInNaNWhereItStops() {
        MetricSeries flops = series("flops", new long[] {5, 15, 25}, new double[] {100, 300, 500});
        Run run = new Run("r", "jsonl", "s", List.of(LOSS, flops), Map.of(Run.KEY_FLOPS_SERIES, "flops"));
        ComputeAxis axis = ComputeAxis.of(run, new ComputeSource.LoggedFlops());
        double[] x = axis.flopsAtPoints(LOSS);
        assertEquals(0, x[0], 0.0, "from (0, 0) to the first point");
        assertEquals(200, x[1], 0.0);
        assertEquals(400, x[2], 0.0);
        assertTrue(Double.isNaN(x[3]), "step 30 lies past the series' last step 25");
        for (int i = 0; i < 3; i++) {
            assertEquals(axis.flopsAt(LOSS.step(i)), x[i], 0.0, "the per-point axis and the crossing agree");
        }
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> axis.flopsAt(30));
        assertTrue(past.getMessage().contains("ends at step 25"), past.getMessage());
    }

    @Test
    void anUnsortedFlopsSeriesGivesWhatThePointwiseRuleGives() {
        MetricSeries flops = series("flops", new long[] {20, 0, 10, 30}, new double[] {400, 0, 250, 600});
        Run run = new Run("r", "jsonl", "s", List.of(LOSS, flops), Map.of());
        ComputeAxis axis = ComputeAxis.of(run, new ComputeSource.FlopsTag("flops"));
        double[] x = axis.flopsAtPoints(LOSS);
        for (int i = 0; i < LOSS.size(); i++) {
            assertEquals(axis.flopsAt(LOSS.step(i)), x[i], 0.0);
        }
    }
}
