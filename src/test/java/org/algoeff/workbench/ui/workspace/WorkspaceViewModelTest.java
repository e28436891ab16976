// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.workspace.AtomicFiles;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.load.SourceItem;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.load.StepCsvTestReader;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.SyncRunner;
import org.algoeff.workbench.ui.trend.TrendViewModel;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceViewModelTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private SourcesViewModel sources;
    private TrendViewModel trend;
    private CurveViewModel curves;
    private RunsViewModel runs;
    private WorkspaceViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        // These tests change things after saving and then reopen on purpose: answer "Don't save" when asked.
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        vm = onFx(() -> {
            SyncRunner runner = new SyncRunner();
            sources = new SourcesViewModel(runner, new LazyPathLoader(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())),
                    new TrendCsvReader("test"));
            trend = new TrendViewModel(new TrendChartComposer(new TrendFitter("test")), new LatestWins(runner, 0));
            trend.setBootstrap(200, 3);
            curves = new CurveViewModel(new LatestWins(runner, 0));
            runs = new RunsViewModel(new RunsTrendService("test", Clock.systemUTC()), new LatestWins(runner, 0));
            return new WorkspaceViewModel(sources, trend, curves, runs, new WorkspaceStore(), dialogs);
        });
    }

    @Test
    void unsavedChangesAreNeverLostSilently() throws Exception {
        assertTrue(onFx(vm::confirmClose), "nothing changed: closes without asking");
        assertTrue(dialogs.asked.isEmpty());
        onFx(() -> trend.frontierOnlyProperty().set(true));
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.CANCEL;
        assertFalse(onFx(vm::confirmClose));
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.SAVE;
        dialogs.saveAnswer = null;
        assertFalse(onFx(vm::confirmClose), "save dialog cancelled: stay open");
        dialogs.saveAnswer = dir.resolve("w.algoeff.json");
        assertTrue(onFx(vm::confirmClose));
        assertTrue(Files.exists(dialogs.saveAnswer));
        assertFalse(onFx(() -> vm.dirtyProperty().get()));
    }

    @Test
    void saveAndReopenRestoresSourcesRunEditsAndSettings() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runs.resolve("r1.steps.csv"), "1,2\n2,1\n");
        onFx(() -> sources.load(List.of(SampleDataFiles.HB20_ALEXNET.toAbsolutePath(), runs)));
        onFx(() -> {
            sources.items().get(1).runs().get(0).dateProperty().set(LocalDate.of(2020, 5, 6));
            sources.items().get(1).runs().get(0).displayNameProperty().set("baseline");
            trend.setFitWindow(LocalDate.of(2013, 1, 1), null);
            trend.fitSettings().whereTextProperty().set("model!=VGG-11 AND target~AlexNet");
            trend.fitSettings().groupByProperty().set("frontier");
            trend.doublingMonthsProperty().set(18);
            curves.xQuantityProperty().set(XQuantity.COMPUTE);
            curves.smoothingProperty().set(0.9);
            curves.tags().filterProperty().set("^lo");
            curves.tags().ticked().setAll("loss", "val/loss");
            vm.themeProperty().set("dark");
        });
        List<String> ticked = List.of("loss", "val/loss");
        Path file = dir.resolve("w.algoeff.json");
        assertTrue(onFx(() -> vm.saveAs(file)));
        assertTrue(onFx(() -> vm.saveAs(file)));
        assertTrue(Files.exists(AtomicFiles.backupOf(file)), "previous kept as .bak");
        onFx(() -> {
            sources.clear();
            trend.fitSettings().apply(FitOptions.DEFAULT);
            trend.doublingMonthsProperty().set(24);
            curves.smoothingProperty().set(0);
            curves.tags().filterProperty().set("");
            curves.tags().ticked().clear();
            vm.themeProperty().set("light");
        });
        onFx(() -> vm.open(file));
        assertEquals(2, onFx(() -> sources.items().size()));
        assertEquals("baseline", onFx(() -> sources.items().get(1).runs().get(0).displayNameProperty().get()));
        assertEquals(LocalDate.of(2020, 5, 6), onFx(() -> sources.items().get(1).runs().get(0).dateProperty().get()));
        assertEquals(LocalDate.of(2013, 1, 1), onFx(() -> trend.fromProperty().get()));
        FitOptions fit = onFx(() -> trend.fitSettings().optionsProperty().get());
        assertEquals(List.of(RowFilter.parse("model!=VGG-11"), RowFilter.parse("target~AlexNet")), fit.where());
        assertEquals("frontier", fit.groupBy());
        assertEquals(200, fit.bootstrapResamples(), "the record as it was saved, bootstrap included");
        assertEquals(18, onFx(() -> trend.doublingMonthsProperty().get()));
        assertEquals(XQuantity.COMPUTE, onFx(() -> curves.xQuantityProperty().get()));
        assertEquals(0.9, onFx(() -> curves.smoothingProperty().get()));
        assertEquals("^lo", onFx(() -> curves.tags().filterProperty().get()));
        assertEquals(ticked, onFx(() -> List.copyOf(curves.tags().ticked())), "the ticked series come back");
        assertEquals("dark", onFx(() -> vm.themeProperty().get()));
        assertFalse(onFx(() -> vm.dirtyProperty().get()));
    }

    @Test
    void sweepFolderListsOneDataSetPerTargetWithSpreadAndReopensOnce() throws Exception {
        Path sweep = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(sweep.resolve("sweep.json"), "{}");
        String header = "cell,recipe,year,seed,target,dataset,reached,compute_to_target";
        Files.write(sweep.resolve("summary.csv"), List.of(header,
                "a,mlp-1986,1986,1,0.9,/d/mnist,true,4.0E12", "b,mlp-1986,1986,2,0.9,/d/mnist,true,2.0E12",
                "c,mlp-1986,1986,3,0.9,/d/mnist,true,3.0E12", "d,cnn-2012,2012,1,0.9,/d/mnist,true,1.0E11",
                "e,mlp-1986,1986,1,0.8,/d/mnist,true,1.0E12", "f,cnn-2012,2012,1,0.8,/d/mnist,true,5.0E10"));
        onFx(() -> sources.load(List.of(sweep)));
        List<SourceItem> items = onFx(() -> List.copyOf(sources.items()));
        assertEquals(List.of("sweep tiny: mnist, target 0.9", "sweep tiny: mnist, target 0.8"),
                items.stream().map(SourceItem::displayName).toList());
        assertEquals("sweep", items.get(0).format());
        TrendPoint mlp = items.get(0).dataset().points().get(0);
        assertEquals(3.0e12, mlp.value(), "median of three seeds");
        assertArrayEquals(new double[] {2.0e12, 4.0e12}, mlp.spread());
        Path file = dir.resolve("w.algoeff");
        assertTrue(onFx(() -> vm.saveAs(file)));
        assertEquals(1, onFx(() -> vm.snapshot().sources().size()), "the folder is listed once");
        onFx(sources::clear);
        onFx(() -> vm.open(file));
        assertEquals(2, onFx(() -> sources.items().size()), "reopening the folder brings back both targets");
    }

    @Test
    void theOverlayAnchorIsSavedAndFoundAgainAfterTheSourcesReload() throws Exception {
        onFx(() -> sources.items().addListener((javafx.beans.Observable o) -> trend.datasets().setAll(
                sources.items().stream().filter(SourceItem::isDataset).map(SourceItem::dataset).toList())));
        onFx(() -> sources.load(List.of(SampleDataFiles.HB20_ALEXNET.toAbsolutePath())));
        TrendPoint chosen = onFx(() -> trend.anchorChoices().get(5));
        onFx(() -> trend.anchorProperty().set(chosen));
        String through = "through " + chosen.date();
        assertTrue(onFx(() -> trend.specProperty().get().overlays().get(0).name()).contains(through),
                onFx(() -> trend.specProperty().get().overlays().get(0).name()));
        Path file = dir.resolve("anchored.algoeff");
        assertTrue(onFx(() -> vm.saveAs(file)));
        onFx(() -> trend.anchorProperty().set(null));
        assertFalse(onFx(() -> trend.specProperty().get().overlays().get(0).name()).contains(through));
        onFx(() -> vm.open(file));
        assertEquals(chosen, onFx(() -> trend.anchorProperty().get()));
        assertTrue(onFx(() -> trend.specProperty().get().overlays().get(0).name()).contains(through));
        assertFalse(onFx(() -> vm.dirtyProperty().get()));
    }

    @Test
    void chosenColumnsTurnACsvIntoADataSetAndAreSavedWithTheWorkspace() throws Exception {
        Path csv = Files.writeString(dir.resolve("mine.csv"), "system,when,released,amount,params\n"
                + "a,2015-01-01,2016-01-01,1e18,5e6\nb,2017-06-01,2018-01-01,2e17,bad\nc,2019-03-01,2020-01-01,3e16,2e7\n");
        onFx(() -> sources.load(List.of(csv)));
        SourceItem detected = onFx(() -> sources.items().get(0));
        assertFalse(detected.isDataset(), "no date or compute header by name: not a data set by detection");
        assertTrue(detected.isCsvFile());
        List<List<String>> header = new ArrayList<>();
        onFx(() -> sources.readHeader(detected, header::add));
        assertEquals(List.of("system", "when", "released", "amount", "params"), header.get(0));
        onFx(() -> sources.chooseColumns(detected, "released", "params"));
        SourceItem chosen = onFx(() -> sources.items().get(0));
        assertTrue(chosen.isDataset());
        assertEquals(List.of(5e6, 2e7), chosen.dataset().points().stream().map(TrendPoint::value).toList());
        assertEquals(LocalDate.of(2016, 1, 1), chosen.dataset().points().get(0).date());
        assertEquals(1, chosen.problems().size(), "the row with 'bad' is reported, the rest kept");
        Path file = dir.resolve("columns.algoeff");
        assertTrue(onFx(() -> vm.saveAs(file)));
        onFx(sources::clear);
        onFx(() -> vm.open(file));
        SourceItem reopened = onFx(() -> sources.items().get(0));
        assertTrue(reopened.isDataset());
        assertEquals("params", reopened.dataset().valueLabel());
        assertEquals(2, reopened.dataset().points().size());
    }

    @Test
    void theFittedDataSetCanBeChosenAndIsSavedWithTheWorkspace() throws Exception {
        onFx(() -> sources.items().addListener((javafx.beans.Observable o) -> trend.datasets().setAll(
                sources.items().stream().filter(SourceItem::isDataset).map(SourceItem::dataset).toList())));
        Path mine = Files.writeString(dir.resolve("mine.csv"), "model,date,compute\n"
                + "a,2010-01-01,1e20\nb,2012-01-01,4e20\nc,2014-01-01,1.6e21\n");
        onFx(() -> trend.frontierOnlyProperty().set(true));
        onFx(() -> sources.load(List.of(SampleDataFiles.HB20_ALEXNET.toAbsolutePath(), mine)));
        assertEquals(List.of("alexnet-level", "mine"), onFx(() -> List.copyOf(trend.fittedChoices())));
        assertEquals(6, onFx(() -> trend.fitProperty().get().points().size()), "the first set, HB20: 6 frontier points");
        onFx(() -> {
            trend.frontierOnlyProperty().set(false);
            trend.fittedProperty().set("mine");
        });
        assertEquals(3, onFx(() -> trend.fitProperty().get().points().size()));
        assertEquals(12.0, onFx(() -> trend.fitProperty().get().months()), 1e-6, "x4 every 2 years: doubles yearly");
        assertTrue(onFx(() -> trend.readoutProperty().get()).startsWith("doubles every 12.0 months"),
                onFx(() -> trend.readoutProperty().get()));
        Path file = dir.resolve("fitted.algoeff");
        assertTrue(onFx(() -> vm.saveAs(file)));
        onFx(() -> trend.fittedProperty().set(null));
        assertEquals(16, onFx(() -> trend.fitProperty().get().points().size()), "back to HB20, all points");
        onFx(() -> vm.open(file));
        assertEquals("mine", onFx(() -> trend.fittedProperty().get()));
        assertEquals(3, onFx(() -> trend.fitProperty().get().points().size()));
    }

    @Test
    void openingAnotherWorkspaceAsksBeforeDroppingUnsavedChanges() throws Exception {
        Path other = dir.resolve("other.algoeff");
        assertTrue(onFx(() -> vm.saveAs(other)));
        onFx(() -> trend.doublingMonthsProperty().set(30));
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.CANCEL;
        onFx(() -> vm.open(other));
        assertEquals(1, dialogs.asked.size(), "asked once");
        assertEquals(30, onFx(() -> trend.doublingMonthsProperty().get()), "cancel keeps the unsaved state");
        dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
        onFx(() -> vm.open(other));
        assertEquals(24, onFx(() -> trend.doublingMonthsProperty().get()), "don't save: the other workspace opens");
    }

    @Test
    void damagedWorkspaceShowsAnErrorAndKeepsTheCurrentState() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.algoeff.json"), "{ not json");
        onFx(() -> trend.doublingMonthsProperty().set(20));
        onFx(() -> vm.open(bad));
        assertEquals(1, dialogs.errors.size());
        assertEquals(20, onFx(() -> trend.doublingMonthsProperty().get()));
    }

    /** R18: a hostile workspace is refused whole; the window keeps its settings, sources and file. */
    @Test
    void aHostileWorkspaceChangesNothingAndALaterSaveKeepsThePreviousFile() throws Exception {
        Path runsDir = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runsDir.resolve("r1.steps.csv"), "1,2\n2,1\n");
        onFx(() -> sources.load(List.of(runsDir)));
        Path good = dir.resolve("good.algoeff");
        assertTrue(onFx(() -> vm.saveAs(good)));
        String goodText = Files.readString(good);
        for (String hostile : List.of(
                goodText.replaceFirst("\"smoothing\" : 0\\.6", "\"smoothing\" : 5"),
                goodText.replace(runsDir.toString(), runsDir + "\\u0000x"),
                goodText.replaceFirst("\"date\" : null", "\"date\" : \"2019-13-45\""),
                goodText.replaceFirst("\"bootstrapResamples\" : \\d+", "\"bootstrapResamples\" : -7"))) {
            assertFalse(hostile.equals(goodText), "the edit applied");
            Path bad = Files.writeString(dir.resolve("bad.algoeff"), hostile);
            double smoothing = onFx(() -> curves.smoothingProperty().get());
            dialogs.errors.clear();
            onFx(() -> vm.open(bad));
            assertEquals(1, dialogs.errors.size(), hostile);
            assertEquals(1, onFx(() -> sources.items().size()), "sources kept");
            assertEquals(smoothing, onFx(() -> curves.smoothingProperty().get()), "settings kept");
            assertEquals(good, onFx(() -> vm.fileProperty().get()), "still the good workspace");
        }
        assertTrue(onFx(vm::save));
        assertTrue(Files.readString(good).contains(runsDir.toString()));
    }

    @Test
    void columnsChosenForACsvInAFolderComeBackWithTheWorkspace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Path models = Files.writeString(folder.resolve("models.csv"),
                "when,flops,name\n2012-06-01,4.7e17,AlexNet\n2014-09-01,1.9e19,VGG\n2015-12-10,1.1e19,ResNet\n");
        Files.writeString(folder.resolve("r1.steps.csv"), "1,2\n2,1\n");
        onFx(() -> sources.load(List.of(folder)));
        onFx(() -> sources.chooseColumnsInFolder(sources.items().get(0), models, "when", "flops"));
        assertEquals(2, onFx(() -> sources.items().size()));
        Path file = dir.resolve("w.algoeff");
        assertTrue(onFx(() -> vm.saveAs(file)));
        onFx(() -> {
            sources.clear();
            vm.markClean();
        });
        onFx(() -> vm.open(file));
        List<SourceItem> items = onFx(() -> List.copyOf(sources.items()));
        assertEquals(2, items.size(), items::toString);
        assertTrue(items.get(1).isDataset());
        assertEquals(models, items.get(1).path());
        assertEquals(folder, items.get(1).root());
    }
}
