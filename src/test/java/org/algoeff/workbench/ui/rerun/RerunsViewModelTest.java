// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.EvaluationSchedule;
import org.algoeff.workbench.rerun.FakeEngine;
import org.algoeff.workbench.rerun.RerunLadder;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.sensitivity.SensitivityViewModel;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reruns ViewModel without a scene graph: synchronous runner, a numerics-free engine, calls on the FX thread. */
class RerunsViewModelTest {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");
    /** Examples-scale per recipe: newer recipes reach the target sooner; lenet-1998 never does. */
    private static final Map<String, Double> SCALES = Map.of("mlp-1986", 900.0, "lenet-1998", 1e12,
            "cnn-2012", 300.0, "sepconv-2019", 120.0);
    private final List<TrendDataset> published = new ArrayList<>();
    private final List<Path> publishedSources = new ArrayList<>();
    @TempDir
    Path tmp;
    private final TrendFitter fitter = new TrendFitter("test");
    private volatile Runnable afterBatch = () -> { };

    /** Per recipe and seed scales: newer recipes reach the target sooner, and seeds differ a little. */
    private FakeEngine engine() {
        return new FakeEngine((recipe, seed) -> SCALES.getOrDefault(recipe.id(), 1e12) * (1 + 0.1 * seed),
                () -> afterBatch.run());
    }

    private RerunsViewModel viewModel() throws Exception {
        return viewModel(null);
    }

    private RerunsViewModel viewModel(RerunResultsFolder results) throws Exception {
        RerunService service = new RerunService(this::engine,
                EvaluationSchedule.DEFAULT);
        RerunsViewModel vm = onFx(() -> new RerunsViewModel(new SyncRunner(), service, fitter, DATA, results,
                (src, d) -> {
                    publishedSources.add(src);
                    published.add(d);
                }));
        onFx(() -> {
            Set<String> picked = Set.of("mlp-1986", "lenet-1998", "cnn-2012", "sepconv-2019");
            vm.recipes().forEach(c -> c.selected().set(picked.contains(c.recipe().id())));
            vm.targetProperty().set("0.8");
            vm.seedsProperty().set(3);
            vm.maxEpochsProperty().set(2);
            vm.trainLimitProperty().set(1250); // 1,000 training digits after the 250 of the validation split
            vm.testLimitProperty().set(100);
        });
        return vm;
    }

    /**
     * After a batch stopped at its target (full curve off) the halving-vs-target panel reads its curves: targets up
     * to the batch's are measured, those above it cannot be, since every rerun stopped at the batch's target, and it
     * says so.
     */
    @Test
    void aFinishedBatchIsReadAtOtherTargetsAndSaysWhichItCannotMeasure() throws Exception {
        RerunService service = new RerunService(this::engine, EvaluationSchedule.DEFAULT);
        RerunsViewModel vm = onFx(() -> new RerunsViewModel(new SyncRunner(), service, fitter, DATA, null,
                (src, d) -> published.add(d), new SensitivityViewModel(fitter, new LatestWins(new SyncRunner(), 0))));
        onFx(() -> {
            Set<String> picked = Set.of("mlp-1986", "cnn-2012", "sepconv-2019");
            vm.recipes().forEach(c -> c.selected().set(picked.contains(c.recipe().id())));
            vm.targetProperty().set("0.8");
            vm.seedsProperty().set(3);
            vm.maxEpochsProperty().set(2);
            vm.trainLimitProperty().set(1250); // 1,000 training digits after the 250 of the validation split
            vm.testLimitProperty().set(100);
            vm.fullCurveProperty().set(false);
        });
        onFx(vm::start);
        assertTrue(onFx(() -> vm.outcomeProperty().get()) != null);
        assertEquals(RerunsViewModel.DEFAULT_TARGETS, onFx(() -> vm.sensitivity().targetsTextProperty().get()));
        String above = onFx(() -> vm.sensitivity().readoutProperty().get());
        assertTrue(above.contains("0.9: no fit: mlp-1986, cnn-2012, sepconv-2019: 3 of 3 seeds: cannot be measured "
                + "at 0.9: training stopped when validation_accuracy first reached 0.8;"), above);
        onFx(() -> vm.sensitivity().targetsTextProperty().set("0.5,0.7,0.8"));
        List<TargetSensitivity.Row> rows = onFx(() -> List.copyOf(vm.sensitivity().rows()));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(TargetSensitivity.Row::fitted), rows.toString());
        RerunLadder.Outcome outcome = onFx(() -> vm.outcomeProperty().get());
        assertEquals(outcome.fit().months(), rows.get(2).fit().months(), 1e-9,
                "at the batch's own target the panel gives the ladder's halving time");
        assertEquals(3, rows.get(0).points());
    }

    /**
     * Full curves are the default: each rerun trains past the target until converged or its budget ends, so the panel measures targets above the batch's,
     * while the ladder's readout is still read at the batch's target.
     */
    @Test
    void fullCurvesAreTheDefaultAndLetThePanelMeasureAboveTheTarget() throws Exception {
        RerunService service = new RerunService(this::engine, EvaluationSchedule.DEFAULT);
        RerunsViewModel vm = onFx(() -> new RerunsViewModel(new SyncRunner(), service, fitter, DATA, null,
                (src, d) -> published.add(d), new SensitivityViewModel(fitter, new LatestWins(new SyncRunner(), 0))));
        assertTrue(onFx(() -> vm.fullCurveProperty().get()), "full curve is on by default");
        onFx(() -> {
            Set<String> picked = Set.of("mlp-1986", "cnn-2012", "sepconv-2019");
            vm.recipes().forEach(c -> c.selected().set(picked.contains(c.recipe().id())));
            vm.targetProperty().set("0.8");
            vm.seedsProperty().set(3);
            vm.maxEpochsProperty().set(2);
            vm.trainLimitProperty().set(1250); // 1,000 training digits after the 250 of the validation split
            vm.testLimitProperty().set(100);
        });
        onFx(vm::start);
        String above = onFx(() -> vm.sensitivity().readoutProperty().get());
        assertFalse(above.contains("stopped training at their target"), above);
        RerunLadder.Outcome outcome = onFx(() -> vm.outcomeProperty().get());
        onFx(() -> vm.sensitivity().targetsTextProperty().set("0.8"));
        List<TargetSensitivity.Row> rows = onFx(() -> List.copyOf(vm.sensitivity().rows()));
        assertEquals(outcome.fit().months(), rows.get(0).fit().months(), 1e-9,
                "the ladder is read at the batch's target from the full curves");
    }

    @Test
    void aBatchIsSavedAsATrendCsvAndTheChartGetsWhatReadsBack() throws Exception {
        RerunsViewModel vm = viewModel(new RerunResultsFolder(tmp.resolve("reruns"), new TrendCsvReader("test")));
        onFx(vm::start);
        assertEquals(1, publishedSources.size());
        Path file = publishedSources.get(0);
        assertEquals(tmp.resolve("reruns"), file.getParent());
        assertTrue(file.getFileName().toString().startsWith("your machine (cpu), ") && file.toString().endsWith(".csv"),
                file.toString());
        TrendDataset shown = published.get(0);
        TrendDataset reread = new TrendCsvReader("test").read(file, ColumnChoice.DETECT, CancellationToken.NEVER).value();
        assertEquals(shown.points(), reread.points());
        RerunLadder.Outcome outcome = onFx(() -> vm.outcomeProperty().get());
        for (TrendPoint p : shown.points()) {
            RerunSummary s = outcome.summaries().stream().filter(x -> x.recipe().equals(p.label())).findFirst().orElseThrow();
            assertEquals(s.medianComputeToTarget(), p.value());
            assertEquals(s.minComputeToTarget(), p.spread()[0]);
            assertEquals(s.maxComputeToTarget(), p.spread()[1]);
        }
        try (var logs = Files.list(tmp.resolve("reruns"))) {
            Path folder = logs.filter(Files::isDirectory).findFirst().orElseThrow();
            assertTrue(folder.getFileName().toString().startsWith("logs, "), folder.toString());
            Path seed1 = folder.resolve("mlp-1986-seed1.jsonl");
            JsonNode header = new ObjectMapper().readTree(Files.readAllLines(seed1).get(0));
            assertTrue(header.get("stop_rule").asText().startsWith("full curve, plateau"),
                    "the tab's default: full curves, to convergence or the budget: " + header.get("stop_rule"));
            assertEquals("mlp-1986", header.get("recipe").asText());
        }
        onFx(vm::start);
        assertEquals(2, publishedSources.size());
        assertFalse(publishedSources.get(0).equals(publishedSources.get(1)), "a second batch gets a file of its own");
    }

    @Test
    void defaultTargetIsTheCalibratedLevelWithItsProvenance() throws Exception {
        RerunsViewModel vm = onFx(() -> new RerunsViewModel(new SyncRunner(), new RerunService(), fitter, DATA, null,
                (src, d) -> published.add(d)));
        assertEquals("0.956", onFx(() -> vm.targetProperty().get()));
        String provenance = onFx(() -> vm.targetProvenanceProperty().get());
        assertTrue(provenance.startsWith("mlp-1986 level") && provenance.contains("calibration.json"), provenance);
        assertEquals(5, onFx(() -> vm.seedsProperty().get()), "five seeds: a median and its interval");
        assertTrue(provenance.contains("validation"), provenance);
        assertEquals("idle", onFx(() -> vm.statusProperty().get()));
    }

    @Test
    void runBecomesADatasetAtTheRecipeYearsWithMedianAndSpreadAndAReadout() throws Exception {
        RerunsViewModel vm = viewModel();
        onFx(vm::start);
        assertFalse(onFx(() -> vm.runningProperty().get()));
        assertEquals(1.0, onFx(() -> vm.progressProperty().get()));
        assertEquals(1, published.size());
        TrendDataset ds = published.get(0);
        assertEquals("your machine (cpu)", ds.name());
        RerunLadder.Outcome outcome = onFx(() -> vm.outcomeProperty().get());
        assertEquals(4, outcome.summaries().size());
        assertEquals(List.of("mlp-1986", "cnn-2012", "sepconv-2019"), ds.points().stream().map(TrendPoint::label).toList());
        for (TrendPoint p : ds.points()) {
            RerunSummary s = outcome.summaries().stream().filter(x -> x.recipe().equals(p.label())).findFirst().orElseThrow();
            assertEquals(LocalDate.of(s.year(), 7, 1), p.date());
            assertEquals(3, s.reached());
            assertEquals(s.medianComputeToTarget(), p.value());
            double min = Double.parseDouble(p.attributes().get(TrendPoint.SPREAD_LOW));
            double max = Double.parseDouble(p.attributes().get(TrendPoint.SPREAD_HIGH));
            assertEquals(s.minComputeToTarget(), min);
            assertEquals(s.maxComputeToTarget(), max);
            assertTrue(min < p.value() && p.value() < max, "three seeds differ: " + min + " " + p.value() + " " + max);
        }
        assertTrue(ds.points().get(0).value() > ds.points().get(2).value(), "newer recipe needs less compute");
        List<String> missed = onFx(() -> List.copyOf(vm.notReached()));
        assertEquals(List.of("lenet-1998: never reached the target (0 of 3 seeds reached it): a capability it lacks,"
                + " not an infinite compute; not on the fit"), missed);
        String readout = onFx(() -> vm.readoutProperty().get());
        TrendFit pointFit = fitter.fit(ds, FitOptions.DEFAULT.withBootstrap(RerunLadder.RESAMPLES,
                FitOptions.DEFAULT_SEED), ProgressSink.NONE, CancellationToken.NEVER);
        // the ladder's own least-squares halving time is the fitter's; its interval resamples seeds and recipes
        String months = String.format(java.util.Locale.ROOT, "%.1f", pointFit.months());
        assertTrue(readout.startsWith("your machine: compute-to-target halves every " + months + " months (95% "
                + "bootstrap interval over seeds and recipes "), readout);
        List<Curve> curves = onFx(() -> vm.liveCurvesProperty().get());
        assertEquals(12, curves.size(), "one live curve per recipe and seed");
        assertEquals("mlp-1986 seed 1", curves.get(0).name());
        assertTrue(curves.get(0).y()[curves.get(0).y().length - 1] >= 0.8);
        assertTrue(onFx(() -> vm.statusProperty().get()).startsWith("done: 4 recipe(s), 3 on the trend chart"));
        assertTrue(onFx(() -> vm.backendLineProperty().get()).startsWith("CPU: FakeBackend, NONE, 1 thread"));
        assertEquals("", onFx(() -> vm.backendWarningProperty().get()));
    }

    @Test
    void cancelStopsWithinAMinibatchAndAddsNothing() throws Exception {
        RerunsViewModel vm = viewModel();
        int[] batches = {0};
        afterBatch = () -> {
            batches[0]++;
            if (batches[0] == 5) {
                vm.cancel(); // the synchronous runner trains on the FX thread, so this is the Cancel button's call
            }
        };
        onFx(vm::start);
        assertEquals(5, batches[0], "no minibatch after the one during which Cancel was pressed");
        assertEquals("cancelled", onFx(() -> vm.statusProperty().get()));
        assertFalse(onFx(() -> vm.runningProperty().get()));
        assertTrue(published.isEmpty());
        assertNull(onFx(() -> vm.outcomeProperty().get()));
        assertEquals("", onFx(() -> vm.readoutProperty().get()));
    }

    @Test
    void onTheRealRunnerProgressShowsAndCancelStopsBeforeTheNextMinibatch() throws Exception {
        CountDownLatch atThirdBatch = new CountDownLatch(1);
        CountDownLatch cancelPressed = new CountDownLatch(1);
        AtomicInteger batches = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        afterBatch = () -> {
            threads.add(Thread.currentThread().getName());
            if (batches.incrementAndGet() == 3) {
                atThirdBatch.countDown();
                try {
                    cancelPressed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (BackgroundRunner runner = new BackgroundRunner(2)) {
            RerunService service = new RerunService(this::engine,
                    EvaluationSchedule.DEFAULT);
            RerunsViewModel vm = onFx(() -> new RerunsViewModel(runner.serial(), service, fitter, DATA, null,
                    (src, d) -> published.add(d)));
            onFx(() -> {
                vm.targetProperty().set("0.99");
                vm.trainLimitProperty().set(1250); // 1,000 training digits after the 250 of the validation split
                vm.testLimitProperty().set(100);
                vm.start();
            });
            assertTrue(atThirdBatch.await(30, TimeUnit.SECONDS));
            waitFor("progress shown", () -> vm.progressProperty().get() > 0 && vm.runningProperty().get());
            onFx(vm::cancel);
            cancelPressed.countDown();
            waitFor("cancelled", () -> "cancelled".equals(vm.statusProperty().get()));
            assertFalse(onFx(() -> vm.runningProperty().get()));
            assertEquals(3, batches.get(), "no minibatch after Cancel");
            assertEquals(Set.of("algoeff-serial"), threads, "reruns train on the one serial thread");
            assertTrue(published.isEmpty());
            assertNull(onFx(() -> vm.outcomeProperty().get()));
        }
    }

    @Test
    void cudaThatIsNotUsableFallsBackToCpuWithTheServicesMessage() throws Exception {
        RerunsViewModel vm = viewModel();
        onFx(() -> {
            vm.recipes().forEach(c -> c.selected().set(c.recipe().id().equals("sepconv-2019")));
            vm.seedsProperty().set(1);
            vm.backendProperty().set(Backend.CUDA);
            vm.start();
        });
        assertEquals(FakeEngine.FALLBACK, onFx(() -> vm.backendWarningProperty().get()));
        assertTrue(onFx(() -> vm.backendLineProperty().get()).startsWith("CPU: "));
        assertEquals("your machine (cpu)", published.get(0).name());
        String readout = onFx(() -> vm.readoutProperty().get());
        assertEquals("your machine: 1 recipe(s) reached the target; a trend needs two recipe years", readout);
    }

    @Test
    void badTargetIsRefusedWithoutRunning() throws Exception {
        RerunsViewModel vm = viewModel();
        onFx(() -> {
            vm.targetProperty().set("150");
            vm.start();
        });
        assertTrue(onFx(() -> vm.statusProperty().get()).startsWith("target must be an accuracy"));
        assertTrue(published.isEmpty());
        assertEquals(94.5 / 100, RerunsViewModel.parseTarget("94.5"), 1e-12);
    }
}
