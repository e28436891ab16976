// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendAndScheduleTest {
    @Test
    void compute_to_target_interpolates_linearly_between_evaluations() {
        List<EvalPoint> curve = List.of(new EvalPoint(0, 0, 0, 0.1, Double.NaN, 0),
                new EvalPoint(10, 320, 1000, 0.80, 1, 0), new EvalPoint(20, 640, 2000, 0.90, 1, 0));
        assertEquals(1500.0, EvalCurve.computeToTarget(curve, 0.85).getAsDouble(), 1e-9);
        assertEquals(2000.0, EvalCurve.computeToTarget(curve, 0.90).getAsDouble(), 1e-9);
        assertTrue(EvalCurve.computeToTarget(curve, 0.95).isEmpty());
    }

    @Test
    void evaluationsAreDenseEarlyThenGeometric() {
        EvaluationSchedule s = new EvaluationSchedule(256, 1024, 1.5);
        assertEquals(256, s.next(0));
        assertEquals(512, s.next(300));
        assertEquals(1024, s.next(1000));
        assertEquals(1536, s.next(1024));
        assertEquals(15_000, s.next(10_000));
    }

    @Test
    void oneCycleWarmsUpThenAnneals() {
        assertEquals(1 / 25.0, LearningRateSchedule.ONE_CYCLE.factor(0), 1e-12);
        assertEquals(1.0, LearningRateSchedule.ONE_CYCLE.factor(0.3), 1e-12);
        assertTrue(LearningRateSchedule.ONE_CYCLE.factor(1) < 1e-4);
        assertEquals(0.5, LearningRateSchedule.COSINE.factor(0.5), 1e-12);
        assertEquals(1.0, LearningRateSchedule.CONSTANT.factor(0.7));
    }

    @Test
    void medianCountsMissedSeedsAsInfinite() {
        BackendInfo b = new BackendInfo(Backend.CPU, Backend.CPU, "x", "x", 1, "x", "x", "");
        RerunResult hit = result(b, true, 100);
        RerunResult hit2 = result(b, true, 300);
        RerunResult miss = result(b, false, Double.NaN);
        RerunSummary s = RerunSummary.of(List.of(hit, miss, hit2));
        assertEquals(300, s.medianComputeToTarget());
        assertEquals(100, s.minComputeToTarget());
        assertEquals(2, s.reached());
        assertEquals(Double.POSITIVE_INFINITY, RerunSummary.of(List.of(hit, miss, miss)).medianComputeToTarget());
    }

    private static RerunResult result(BackendInfo b, boolean reached, double ctt) {
        return new RerunResult("r", 2000, 1, b, 10, 1, 30, 0, 10, 10, 0.9, reached, ctt, 0.9, 0.9, 1, 1,
                List.of(new EvalPoint(0, 0, 0, 0.1, Double.NaN, 0)), "");
    }

    @Test
    void calibrationLevelIsTheLowestBestAccuracyRoundedDown() {
        assertEquals(0.934, Calibration.level(List.of(0.9412, 0.9349, 0.9377)), 1e-12);
    }
}
