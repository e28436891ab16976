// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.syntheticRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunsViewModelTest {
    private static RunsViewModel vm() throws Exception {
        return onFx(() -> new RunsViewModel(new RunsTrendService("test", Clock.systemUTC()),
                new LatestWins(new SyncRunner(), 0)));
    }

    /** A synthetic run without FLOPs of its own, and with its wall times removed so its log records no date. */
    private static Run bare(String name, String id) {
        List<MetricSeries> noTimes = syntheticRun(name, 500, 1).series().stream().map(s -> new MetricSeries(s.tag(),
                s.copySteps(), s.copyValues(), new double[s.size()])).toList();
        return new Run(name, "mlflow-sqlite", "/db/mlflow.db", id, null, noTimes, Map.of());
    }

    @Test
    void everyRunHasARowKeyedByIdentityAndEditsRemeasure() throws Exception {
        RunsViewModel vm = vm();
        RunItem a = onFx(() -> new RunItem(bare("Random Forest", "aaa")));
        RunItem b = onFx(() -> new RunItem(bare("Random Forest", "bbb")));
        onFx(() -> vm.runs().setAll(a, b));
        assertEquals("eval/accuracy", onFx(() -> vm.metricProperty().get()), "an accuracy-like metric first");
        assertFalse(onFx(() -> vm.lowerIsBetterProperty().get()));
        assertEquals(2, onFx(() -> vm.rows().size()), "rows as soon as runs load");
        assertTrue(onFx(() -> vm.rows().stream().allMatch(r -> r.reason().equals("choose a target"))),
                "no target yet: nothing measured");
        onFx(() -> vm.targetProperty().set(0.5));
        assertEquals(2, onFx(() -> vm.rows().size()));
        assertTrue(onFx(() -> vm.rows().stream().allMatch(r -> r.status() == RunOutcome.Status.NOT_MEASURED)));
        assertSame(b, onFx(() -> vm.itemFor(vm.rows().get(1))), "the second 'Random Forest' is its own row");

        onFx(() -> vm.setCompute(List.of(a, b), new ComputeSource.FlopsPerStep(1e12)));
        assertTrue(onFx(() -> vm.rows().stream().allMatch(r -> r.status() == RunOutcome.Status.REACHED)));
        assertNull(onFx(() -> vm.datasetProperty().get()), "reached, but neither run has a date");
        assertTrue(onFx(() -> vm.summaryProperty().get()).contains("2 without a date"),
                onFx(() -> vm.summaryProperty().get()));

        onFx(() -> vm.setDate(List.of(a), LocalDate.of(2020, 1, 1)));
        onFx(() -> b.dateProperty().set(LocalDate.of(2022, 1, 1)));
        assertNotNull(onFx(() -> vm.datasetProperty().get()));
        assertEquals(2, onFx(() -> vm.datasetProperty().get().points().size()));
        onFx(() -> b.displayNameProperty().set("Random Forest (deeper)"));
        assertEquals("Random Forest (deeper)", onFx(() -> vm.datasetProperty().get().points().get(1).label()));

        onFx(() -> vm.metricProperty().set("train/loss"));
        assertTrue(onFx(() -> vm.lowerIsBetterProperty().get()), "a loss is reached from above");
        onFx(() -> vm.runs().remove(b));
        assertEquals(1, onFx(() -> vm.rows().size()));
        onFx(() -> b.dateProperty().set(LocalDate.of(2023, 1, 1)));
        assertEquals(1, onFx(() -> vm.rows().size()), "a removed run is no longer watched");
    }

    @Test
    void theTableCopiesAsCsvWithEveryRow() throws Exception {
        RunsViewModel vm = vm();
        RunItem a = onFx(() -> new RunItem(bare("a", "1")));
        RunItem logged = onFx(() -> new RunItem(syntheticRun("logged", 500, 1e15)));
        onFx(() -> {
            vm.runs().setAll(a, logged);
            vm.targetProperty().set(0.5);
        });
        String csv = onFx(() -> vm.rowsAsCsv(List.of()));
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("name,run_id,source,date,date_source,metric,target"), lines.get(0));
        assertTrue(lines.get(1).contains("cannot be measured") || lines.get(1).contains("not measured"), lines.get(1));
        assertTrue(lines.get(2).contains("logged") && lines.get(2).contains("reached"), lines.get(2));
    }
}
