// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsTrendServiceTest {
    private final RunsTrendService service = new RunsTrendService("test",
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
    private static final MetricTarget ACC_09 = new MetricTarget("acc", 0.9, TargetDirection.HIGHER_IS_BETTER,
            new ComputeSource.LoggedFlops(), Double.NaN);

    /** Accuracy rising linearly from 0 to {@code top} over 100 steps, {@code flopsPerStep} FLOP per step. */
    private static Run run(String name, String id, int year, double top, double flopsPerStep) {
        long[] steps = new long[101];
        double[] acc = new double[101];
        for (int i = 0; i <= 100; i++) {
            steps[i] = i;
            acc[i] = top * i / 100.0;
        }
        RecordedDate date = year == 0 ? null : new RecordedDate(LocalDate.of(year, 3, 1), "test start_time");
        Map<String, String> meta = flopsPerStep > 0 ? Map.of(Run.KEY_TOTAL_FLOPS, Double.toString(100 * flopsPerStep))
                : Map.of();
        return new Run(name, "test", "/logs/" + name, id, date, List.of(new MetricSeries("acc", steps, acc,
                new double[101])), meta);
    }

    @Test
    void everyRunGetsARowAndOnlyDatedCrossingsBecomePoints() throws IOException {
        List<RunInput> in = List.of(RunInput.of(run("old", "", 2016, 1.0, 1e15)),
                RunInput.of(run("undated", "", 0, 1.0, 1e15)),
                RunInput.of(run("weak", "", 2018, 0.8, 1e15)),
                RunInput.of(run("no-flops", "", 2019, 1.0, 0)),
                new RunInput(run("given", "", 2020, 1.0, 0), "renamed", null, new ComputeSource.FlopsPerStep(1e13)));
        RunsTrend t = service.measure(in, ACC_09, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(5, t.outcomes().size());
        RunOutcome old = t.outcomes().get(0);
        assertEquals(RunOutcome.Status.REACHED, old.status());
        assertEquals(90 * 1e15, old.trainingFlops(), 1e3, "step 90 of 100 at 1e15 FLOP per step");
        assertEquals("test start_time", old.dateOrigin());
        assertTrue(t.outcomes().get(1).reason().startsWith("no date"), t.outcomes().get(1).reason());
        assertEquals(RunOutcome.Status.NOT_REACHED, t.outcomes().get(2).status());
        assertTrue(t.outcomes().get(2).reason().startsWith("not reached (best 0.8"), t.outcomes().get(2).reason());
        assertEquals(RunOutcome.Status.NOT_MEASURED, t.outcomes().get(3).status());
        assertTrue(t.outcomes().get(3).reason().contains("no FLOPs of its own"), t.outcomes().get(3).reason());
        RunOutcome given = t.outcomes().get(4);
        assertEquals("renamed", given.name());
        assertEquals("flops-per-step", given.computeMethod());
        assertTrue(given.computeSet());

        assertEquals("runs: acc >= 0.9", t.dataset().name());
        List<TrendPoint> points = t.dataset().points();
        assertEquals(List.of("old", "renamed"), points.stream().map(TrendPoint::label).toList());
        assertEquals(90 * 1e13, points.get(1).value(), 1e2);
        assertEquals("flops-per-step", points.get(1).attributes().get("compute_source"));
        assertEquals(List.of("/logs/old", "/logs/given"), t.dataset().provenance().sources().stream()
                .map(s -> s.path()).toList());
    }

    @Test
    void theUsersDateWinsAndSameNamedRunsStayApart() throws IOException {
        Run a = run("Random Forest", "id-a", 2019, 1.0, 1e12);
        Run b = run("Random Forest", "id-b", 2019, 1.0, 1e12);
        assertNotEquals(a.key(), b.key(), "one name, two runs");
        RunsTrend t = service.measure(List.of(new RunInput(a, null, LocalDate.of(2015, 5, 5), null),
                RunInput.of(b)), ACC_09, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(LocalDate.of(2015, 5, 5), t.outcomes().get(0).date());
        assertEquals(RunsTrendService.DATE_SET_BY_USER, t.outcomes().get(0).dateOrigin());
        assertEquals(List.of("id-a", "id-b"), t.outcomes().stream().map(RunOutcome::runId).toList());
        assertEquals(2, t.dataset().points().size());
    }

    @Test
    void noPointNoDataSetAndTheFitRecoversAKnownHalving() throws IOException {
        RunsTrend none = service.measure(List.of(RunInput.of(run("weak", "", 2018, 0.5, 1e15))), ACC_09,
                ProgressSink.NONE, CancellationToken.NEVER);
        assertNull(none.dataset());
        // Compute to target halves every year: 2016 ... 2020 at 1e16, 5e15, ... FLOP per step x 90 steps.
        List<RunInput> yearly = List.of(2016, 2017, 2018, 2019, 2020).stream()
                .map(y -> RunInput.of(run("y" + y, "", y, 1.0, 1e16 / Math.pow(2, y - 2016)))).toList();
        RunsTrend t = service.measure(yearly, ACC_09, ProgressSink.NONE, CancellationToken.NEVER);
        TrendFit fit = new TrendFitter("test").fit(t.dataset(), FitOptions.DEFAULT.withBootstrap(200, 1), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(12.0, fit.months(), 0.05, "halves every 12 months");
    }

    @Test
    void aCrossingAtZeroComputeIsNamedNotPlotted() throws IOException {
        // MLflow metrics logged without a step: every point at step 0, so any FLOPs per step gives 0 FLOP.
        MetricSeries flat = new MetricSeries("acc", new long[] {0, 0, 0}, new double[] {0.5, 0.95, 0.97},
                new double[] {1.7e9, 1.7e9 + 1, 1.7e9 + 2});
        Run run = new Run("no-steps", "mlflow", "/m", "abc", null, List.of(flat), Map.of());
        RunsTrend t = service.measure(List.of(new RunInput(run, null, null, new ComputeSource.FlopsPerStep(1e9))),
                ACC_09, ProgressSink.NONE, CancellationToken.NEVER);
        RunOutcome o = t.outcomes().get(0);
        assertEquals(RunOutcome.Status.REACHED, o.status());
        assertEquals(0.0, o.trainingFlops(), 0.0);
        assertTrue(o.reason().contains("at 0 FLOP"), o.reason());
        assertNull(t.dataset(), "0 FLOP has no place on a log axis");
    }

    @Test
    void targetsAreNamedAsAPersonWritesThem() {
        assertEquals("0.9", RunsTrendService.formatTarget(0.9));
        assertEquals("2.5", RunsTrendService.formatTarget(2.5));
        assertEquals("100", RunsTrendService.formatTarget(100.0));
        assertEquals("1e-05", RunsTrendService.formatTarget(1e-5));
    }
}
