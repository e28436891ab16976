// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.SensitivityChart;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.KnownCrossings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threshold sensitivity on synthetic runs whose curves cross each target at a known compute ({@link KnownCrossings}):
 * the runs' compute-to-target halves every h_j months at target t_j, a different time at each target.
 */
class TargetSensitivityTest {
    private static final double[] TARGETS = KnownCrossings.TARGETS;
    private static final double[] HALVING = KnownCrossings.HALVING;
    private final RunsTrendService service = new RunsTrendService("test",
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
    private static final MetricTarget QUESTION = new MetricTarget("acc", 0.9, TargetDirection.HIGHER_IS_BETTER,
            new ComputeSource.FlopsTag("flops"), Double.NaN);

    private TargetSweep sweep(List<Run> runs, List<Double> targets) throws IOException {
        return service.measureTargets(runs.stream().map(RunInput::of).toList(), QUESTION, targets, ProgressSink.NONE,
                CancellationToken.NEVER);
    }

    private static List<Run> fullRuns() {
        return KnownCrossings.fullRuns(8);
    }

    @Test
    void everyRunIsMeasuredAtEveryTargetFromItsFullCurve() throws IOException {
        TargetSweep s = sweep(fullRuns(), List.of(0.90, 0.92, 0.94, 0.96));
        assertEquals(4, s.perTarget().size());
        for (int j = 0; j < TARGETS.length; j++) {
            List<RunOutcome> outcomes = s.perTarget().get(j).outcomes();
            for (int i = 0; i < 8; i++) {
                assertEquals(KnownCrossings.crossing(i, j), outcomes.get(i).trainingFlops(), KnownCrossings.crossing(i, j) * 1e-12);
            }
        }
        assertEquals(32, s.dataset().points().size());
        assertEquals(List.of("0.9", "0.92", "0.94", "0.96"), s.dataset().points().stream()
                .map(p -> p.attributes().get("target")).distinct().toList());
    }

    @Test
    void halvingTimeAtEachTargetIsRecoveredWithItsInterval() throws IOException {
        List<TargetSensitivity.Row> rows = TargetSensitivity.fit(TargetSensitivity.ofRuns(
                sweep(fullRuns(), List.of(0.90, 0.92, 0.94, 0.96, 0.99))), FitOptions.DEFAULT.withBootstrap(200, 1),
                new TrendFitter("test"), ProgressSink.NONE, CancellationToken.NEVER);
        for (int j = 0; j < TARGETS.length; j++) {
            TargetSensitivity.Row r = rows.get(j);
            assertEquals(TARGETS[j], r.target());
            assertEquals(HALVING[j], r.fit().months(), 1e-6, "target " + TARGETS[j]);
            assertEquals(8, r.points());
            assertTrue(r.ci95Months().low() <= HALVING[j] + 1e-6 && HALVING[j] - 1e-6 <= r.ci95Months().high());
        }
        TargetSensitivity.Row none = rows.get(4);
        assertFalse(none.fitted());
        assertEquals("no run is a point at 0.99: 8 not reached", none.reason());
        String readout = TargetSensitivity.readout(rows);
        assertTrue(readout.startsWith("0.9: halves every 103.0 months"), readout);
        assertTrue(readout.contains("0.99: no fit: no run is a point at 0.99"), readout);
    }

    /** Grouping the combined data set by its target column gives the same halving times (what fit --group-by does). */
    @Test
    void theCombinedDataSetGroupedByTargetGivesTheSameFits() throws IOException {
        TargetSweep s = sweep(fullRuns(), List.of(0.90, 0.92, 0.94, 0.96));
        List<GroupFit> groups = new TrendFitter("test").fitEach(s.dataset(), FitOptions.DEFAULT.withBootstrap(0, 1)
                .withGroupBy("target"), ProgressSink.NONE, CancellationToken.NEVER);
        for (GroupFit g : groups) {
            int j = List.of("target=0.9", "target=0.92", "target=0.94", "target=0.96").indexOf(g.group());
            assertEquals(HALVING[j], g.fit().months(), 1e-6, g.group());
        }
        assertEquals(4, groups.size());
    }

    /** A curve that ends where training stopped at its target says nothing about harder targets. */
    @Test
    void aRunThatStoppedAtItsTargetCannotBeMeasuredBeyondIt() throws IOException {
        List<Run> runs = new ArrayList<>(fullRuns());
        runs.set(3, KnownCrossings.run(3, 3, Map.of(Run.KEY_STOP_SERIES, "acc", Run.KEY_STOP_TARGET, "0.94")));
        runs.set(4, KnownCrossings.run(4, 2, Map.of()));
        TargetSweep s = sweep(runs, List.of(0.90, 0.96));
        RunOutcome stopped = s.perTarget().get(1).outcomes().get(3);
        assertEquals(RunOutcome.Status.NOT_MEASURED, stopped.status());
        assertTrue(stopped.reason().contains("training stopped when acc first reached 0.94"), stopped.reason());
        assertEquals(RunOutcome.Status.NOT_REACHED, s.perTarget().get(1).outcomes().get(4).status(),
                "a curve without a stop record is simply not reached");
        assertEquals(RunOutcome.Status.REACHED, s.perTarget().get(0).outcomes().get(3).status());
        assertEquals(KnownCrossings.crossing(3, 0), s.perTarget().get(0).outcomes().get(3).trainingFlops(), 1);
    }

    @Test
    void theChartHasAPointPerFittedTargetWithItsInterval() throws IOException {
        List<TargetSensitivity.Row> rows = TargetSensitivity.fit(TargetSensitivity.ofRuns(
                sweep(fullRuns(), List.of(0.90, 0.92, 0.94, 0.96, 0.99))), FitOptions.DEFAULT.withBootstrap(0, 1),
                new TrendFitter("test"), ProgressSink.NONE, CancellationToken.NEVER);
        PlotSpec spec = SensitivityChart.spec("t", "target acc (>=)", List.of(new SensitivityChart.Series("runs",
                rows)));
        List<PlotPoint> points = spec.series().get(0).points();
        assertEquals(4, points.size());
        for (int j = 0; j < 4; j++) {
            assertEquals(TARGETS[j], points.get(j).x(), 1e-12);
            assertEquals(HALVING[j], points.get(j).y(), 1e-6);
            assertTrue(points.get(j).hasErrorBar());
        }
        assertTrue(spec.y().log() && spec.y().min() <= 41 && spec.y().max() >= 103);
        assertTrue(points.get(0).label().startsWith("0.9 | halves every 103.0 months"), points.get(0).label());
    }

    @Test
    void targetListsAndRangesParse() {
        assertEquals(List.of(0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96), TargetList.parse("0.90:0.96:0.01"));
        assertEquals(List.of(0.96, 0.94, 0.92), TargetList.parse("0.96:0.92:-0.02"));
        assertEquals(List.of(0.9, 0.945, 0.96), TargetList.parse("0.9, 0.945,0.96"));
        assertEquals(List.of(2.5), TargetList.parse("2.5"));
        for (String bad : new String[] {"", "0.9:0.96", "0.9:0.96:0", "0.9:0.96:-0.01", "a,b", "0:1:0.0001"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> TargetList.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void pointsCarryTheirTarget() throws IOException {
        TrendPoint p = sweep(fullRuns(), List.of(0.94)).dataset().points().get(0);
        assertEquals("0.94", p.attributes().get("target"));
        assertEquals("run0", p.label());
    }
}
