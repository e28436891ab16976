// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.ComputeToTarget;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.ctt.TensorBoardSmoothing;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.syntheticRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurveViewModelTest {
    @Test
    void curvesAreSmoothedLikeTensorBoardAndMarkTheTarget() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        RunItem a = onFx(() -> new RunItem(syntheticRun("a", 2000, 1e15)));
        onFx(() -> vm.runs().setAll(a));
        assertEquals(List.of("train/loss"), onFx(() -> vm.tags().plotted()), "a loss series is picked first");
        onFx(() -> vm.targetProperty().set(0.5));
        Curve c = onFx(() -> vm.curvesProperty().get().get(0));
        double[] expected = TensorBoardSmoothing.smooth(a.run().series("train/loss").orElseThrow().copyValues(), 0.6);
        assertEquals(expected[1000], c.smoothed()[1000], 0);
        assertTrue(c.targetY() <= 0.5 && c.targetX() > 0);
        onFx(() -> vm.smoothingProperty().set(0));
        assertNull(onFx(() -> vm.curvesProperty().get().get(0).smoothed()));
    }

    @Test
    void againstComputeEachRunUsesItsOwnComputeSourceAndRunsWithoutOneAreNamed() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        RunItem logged = onFx(() -> new RunItem(syntheticRun("logged", 1000, 1e15)));
        Run bare = syntheticRun("bare", 1000, 1e15);
        RunItem noFlops = onFx(() -> new RunItem(new Run("no-flops", bare.format(), "bare.csv", bare.series(),
                Map.of())));
        onFx(() -> vm.runs().setAll(logged, noFlops));
        onFx(() -> vm.xQuantityProperty().set(XQuantity.COMPUTE));
        assertEquals(List.of("logged"), onFx(() -> vm.curvesProperty().get().stream().map(Curve::name).toList()));
        assertTrue(onFx(() -> vm.noteProperty().get()).contains("no-flops"), onFx(() -> vm.noteProperty().get()));
        onFx(() -> noFlops.computeProperty().set(new ComputeSource.FlopsPerStep(2e9)));
        Curve given = onFx(() -> vm.curvesProperty().get().stream().filter(c -> c.name().equals("no-flops"))
                .findFirst().orElseThrow());
        MetricSeries loss = bare.series("train/loss").orElseThrow();
        assertEquals(2e9 * loss.step(10), given.x()[10], 0.0, "x = FLOPs per step x step");
        assertEquals("", onFx(() -> vm.noteProperty().get()));
        PlotSpec spec = onFx(() -> vm.spec(400));
        assertNotNull(spec);
        assertEquals("compute (FLOP)", spec.x().label());
        assertTrue(spec.series().stream().anyMatch(s -> s.faint()), "raw curve drawn faint under the smoothed one");
    }

    @Test
    void theMarkedComputeToTargetIsWhatAlgoeffCttReports() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        RunItem run = onFx(() -> new RunItem(syntheticRun("r", 1000, 1e15)));
        onFx(() -> run.dateProperty().set(LocalDate.of(2021, 3, 4)));
        onFx(() -> vm.runs().setAll(run));
        onFx(() -> {
            vm.xQuantityProperty().set(XQuantity.COMPUTE);
            vm.smoothingProperty().set(0.3);
            vm.targetSmoothingProperty().set(0.6);
            vm.lowerIsBetterProperty().set(true);
            vm.targetProperty().set(0.61);
        });
        ComputeToTarget ctt = new ComputeToTargetService("test", Clock.systemUTC()).compute(run.run(),
                new MetricTarget("train/loss", 0.61, TargetDirection.LOWER_IS_BETTER, new ComputeSource.LoggedFlops(),
                        0.6), ProgressSink.NONE, CancellationToken.NEVER);
        assertTrue(ctt.reached());
        Curve c = onFx(() -> vm.curvesProperty().get().get(0));
        assertEquals(ctt.trainingFlops(), c.targetX(), 0.0, "the same compute axis and crossing as ctt: same digits");
        assertEquals(0.61, c.targetY(), 1e-12, "the marker sits on the target line");
        onFx(() -> vm.targetMetricProperty().set("eval/accuracy"));
        assertTrue(Double.isNaN(onFx(() -> vm.curvesProperty().get().get(0).targetX())),
                "the target is another metric's: no marker on the loss curve");
    }

    @Test
    void severalSeriesAtOnceGiveOneCurveEachPerRunInItsOwnColour() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        RunItem a = onFx(() -> new RunItem(syntheticRun("a", 500, 1e15)));
        RunItem b = onFx(() -> new RunItem(syntheticRun("b", 500, 1e15)));
        onFx(() -> vm.runs().setAll(a, b));
        onFx(() -> vm.tags().tick("eval/accuracy", true));
        List<Curve> curves = onFx(() -> vm.curvesProperty().get());
        assertEquals(List.of("a · train/loss", "a · eval/accuracy", "b · train/loss", "b · eval/accuracy"),
                curves.stream().map(Curve::name).toList());
        assertEquals(4, curves.stream().mapToInt(Curve::colorIndex).distinct().count(), "a colour per curve");
        assertEquals("train/loss, eval/accuracy", onFx(vm::yLabel));
        PlotSpec spec = onFx(() -> vm.spec(300));
        assertEquals(4, spec.series().stream().filter(s -> !s.faint()).count(), "the export shows the same curves");
    }

    @Test
    void aRegexFilterNarrowsTheSeriesAsTensorBoardsDoes() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        onFx(() -> vm.runs().setAll(new RunItem(syntheticRun("a", 300, 1e15))));
        TagSelection tags = onFx(vm::tags);
        onFx(() -> tags.filterProperty().set("ACC"));
        assertEquals(List.of("eval/accuracy"), onFx(() -> List.copyOf(tags.matching())), "case-insensitive find");
        assertEquals(List.of(), onFx(tags::plotted), "train/loss is ticked but filtered out");
        assertEquals(List.of(), onFx(() -> vm.curvesProperty().get()));
        onFx(() -> tags.tickAllMatching(true));
        assertEquals(List.of("eval/accuracy"), onFx(tags::plotted));
        onFx(() -> tags.filterProperty().set("^(train|eval)/"));
        assertEquals(List.of("train/loss", "eval/accuracy"), onFx(tags::plotted));
        onFx(() -> tags.filterProperty().set("loss|("));
        assertTrue(onFx(() -> tags.filterErrorProperty().get()).startsWith("not a regular expression"));
        assertEquals(List.of("train/loss", "eval/accuracy"), onFx(tags::plotted), "the last valid filter stays");
        onFx(() -> tags.filterProperty().set(""));
        assertEquals("", onFx(() -> tags.filterErrorProperty().get()));
    }

    @Test
    void aTypedSmoothingValueIsClampedAndJunkIsRefused() throws Exception {
        CurveViewModel vm = onFx(() -> new CurveViewModel(new LatestWins(new SyncRunner(), 0)));
        assertTrue(onFx(() -> vm.setSmoothing(" 0.85 ")));
        assertEquals(0.85, onFx(() -> vm.smoothingProperty().get()), 0);
        assertTrue(onFx(() -> vm.setSmoothing("2")));
        assertEquals(CurveViewModel.MAX_SMOOTHING, onFx(() -> vm.smoothingProperty().get()), 0);
        assertTrue(onFx(() -> vm.setSmoothing("-1")));
        assertEquals(0, onFx(() -> vm.smoothingProperty().get()), 0);
        assertFalse(onFx(() -> vm.setSmoothing("0,9")));
        assertFalse(onFx(() -> vm.setSmoothing("NaN")));
        assertEquals(0, onFx(() -> vm.smoothingProperty().get()), 0, "unchanged");
    }
}
