// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.PathLoader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.testsupport.SharedData;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.task.SyncRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SourcesViewModelTest {
    @TempDir
    Path dir;

    /** A folder with two "*.steps.csv" runs (one with a bad line) and a file no reader takes. */
    public static Path runsFolderFor(Path dir) throws Exception {
        return runsFolder(dir);
    }

    static Path runsFolder(Path dir) throws Exception {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runs.resolve("a.steps.csv"), "1,2.0\n2,1.5\n3,1.0\n");
        Files.createDirectories(runs.resolve("nested"));
        Files.writeString(runs.resolve("nested/b.steps.csv"), "1,3.0\ngarbage\n3,0.5\n");
        Files.writeString(runs.resolve("notes.txt"), "ignored inside a folder");
        return runs;
    }

    @Test
    void droppedFolderAndDataSetLoadWithProblemsNextToTheirSource() throws Exception {
        Path runs = runsFolder(dir);
        SourcesViewModel vm = onFx(() -> new SourcesViewModel(new SyncRunner(),
                new LazyPathLoader(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())), new TrendCsvReader("test")));
        onFx(() -> vm.onFilesDropped(List.of(runs.toFile(), SampleDataFiles.HB20_ALEXNET.toFile())));
        List<SourceItem> items = onFx(() -> List.copyOf(vm.items()));
        assertEquals(2, items.size());
        SourceItem folder = items.get(0);
        assertFalse(folder.isDataset());
        assertEquals(List.of("a", "b"), folder.runs().stream().map(r -> r.run().name()).toList());
        assertEquals(1, folder.problems().size());
        assertEquals("line 2", folder.problems().get(0).where());
        assertEquals(5, folder.points());
        assertTrue(items.get(1).isDataset());
        assertEquals("trend CSV", items.get(1).format());
        assertEquals(runs, onFx(() -> vm.recent().get(1)));
        assertTrue(onFx(() -> vm.statusProperty().get()).contains("1 problem"));
    }

    @Test
    void realTensorBoardFolderLoadsIntoRuns() throws Exception {
        Path tfevents = SharedData.require("realworld/tfevents");
        SourcesViewModel vm = onFx(() -> new SourcesViewModel(new SyncRunner(),
                new LazyPathLoader(new RunLoader()), new TrendCsvReader("test")));
        onFx(() -> vm.onFilesDropped(List.of(tfevents.toFile())));
        SourceItem item = onFx(() -> vm.items().get(0));
        // Six event files of six different programs lie loose in this folder: six runs and a warning, not one
        // run that merges two programs' series (TensorBoard would merge them).
        assertEquals(6, item.runs().size());
        assertTrue(item.problems().stream().anyMatch(p -> p.message().contains("6 different writers")));
        assertTrue(item.points() >= 3048 + 1000 + 330 + 102, "points " + item.points());
        assertEquals("tfevents", item.format());
    }

    @Test
    void unreadableFileIsAProblemNotACrash() throws Exception {
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, (byte) 0xFF});
        SourcesViewModel vm = onFx(() -> new SourcesViewModel(new SyncRunner(),
                new LazyPathLoader(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())), new TrendCsvReader("test")));
        onFx(() -> vm.onFilesDropped(List.of(junk.toFile(), new File(dir.toFile(), "missing.steps.csv"))));
        String status = onFx(() -> vm.statusProperty().get());
        List<SourceItem> items = onFx(() -> List.copyOf(vm.items()));
        assertTrue(items.isEmpty() ? status.startsWith("could not load") : items.get(0).problems().size() == 1,
                status + " " + items);
    }

    @Test
    void cancelStopsABackgroundLoadAndAddsNothing() throws Exception {
        AtomicBoolean sawCancel = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        SourceLoader endless = (paths, columns, progress, cancel) -> {
            started.countDown();
            while (true) {
                progress.progress(-1, "reading forever");
                if (cancel.isCancelled()) {
                    sawCancel.set(true);
                }
                cancel.throwIfCancelled();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
                if (paths.isEmpty()) {
                    return new LoadOutcome(List.of(), List.of());
                }
            }
        };
        try (BackgroundRunner runner = new BackgroundRunner(1)) {
            SourcesViewModel vm = onFx(() -> new SourcesViewModel(runner, endless, new TrendCsvReader("test")));
            onFx(() -> vm.load(List.of(dir)));
            assertNotNull(onFx(() -> vm.currentLoadProperty().get()), "load in progress");
            // Cancel once the source reads: cancelled earlier, the load stops before calling it (also fine, not tested here).
            assertTrue(started.await(10, TimeUnit.SECONDS), "the source started reading");
            onFx(vm::cancelLoad);
            waitFor("load cancelled", () -> vm.currentLoadProperty().get() == null);
            assertTrue(sawCancel.get());
            assertTrue(onFx(() -> vm.items().isEmpty()));
            assertEquals("loading cancelled", onFx(() -> vm.statusProperty().get()));
        }
    }

    private static SourcesViewModel realLoader(FakeDialogs dialogs) {
        return new SourcesViewModel(new SyncRunner(), new LazyPathLoader(new RunLoader()), new TrendCsvReader("test"),
                dialogs);
    }

    @Test
    void aDataSetCsvInADroppedFolderIsADataSetWithTheColumnChooser() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("epoch-and-logs"));
        Files.copy(SharedData.require("realworld/compute_dataset/training-cost-trends__All_ML_Systems-full_view-20240205.csv"),
                folder.resolve("All ML Systems.csv"));
        Files.copy(SharedData.require("realworld/lightning_csv/ml-aos__version_1__metrics.csv"), folder.resolve("metrics.csv"));
        Files.writeString(folder.resolve("notes.txt"), "not a log");
        SourcesViewModel vm = onFx(() -> realLoader(new FakeDialogs()));
        onFx(() -> vm.load(List.of(folder)));
        List<SourceItem> items = onFx(() -> List.copyOf(vm.items()));
        assertEquals(2, items.size(), items::toString);
        SourceItem runs = items.get(0);
        assertEquals(1, runs.runs().size());
        assertTrue(runs.problems().isEmpty(), runs.problems()::toString);
        assertEquals(List.of(folder.resolve("notes.txt")), runs.skipped().stream().map(f -> f.file()).toList());
        SourceItem epoch = items.get(1);
        assertTrue(epoch.isDataset());
        assertTrue(epoch.isCsvFile(), "the column chooser is offered");
        assertEquals(folder, epoch.root());
        assertTrue(epoch.points() > 400);
    }

    @Test
    void reAddingALoadedSourceAsksReplaceOrKeepBoth() throws Exception {
        Path runs = runsFolder(dir);
        FakeDialogs dialogs = new FakeDialogs();
        SourcesViewModel vm = onFx(() -> realLoader(dialogs));
        onFx(() -> vm.load(List.of(runs)));
        assertEquals(1, onFx(() -> vm.items().size()));
        assertTrue(dialogs.asked.isEmpty());

        dialogs.reAddAnswer = LoadDialogs.ReAddChoice.REPLACE;
        onFx(() -> vm.load(List.of(runs)));
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).contains("runs is already loaded"), dialogs.asked::toString);
        assertEquals(1, onFx(() -> vm.items().size()));

        dialogs.reAddAnswer = LoadDialogs.ReAddChoice.CANCEL;
        onFx(() -> vm.load(List.of(runs)));
        assertEquals(1, onFx(() -> vm.items().size()));

        dialogs.reAddAnswer = LoadDialogs.ReAddChoice.KEEP_BOTH;
        onFx(() -> vm.load(List.of(runs)));
        assertEquals(2, onFx(() -> vm.items().size()));
        assertEquals(3, dialogs.asked.size());
    }

    @Test
    void cancelAddsNothingEvenWhenTheReadFinishesAfterwards() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "step,loss\n1,0.5\n");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SourceLoader deaf = (paths, columns, progress, cancel) -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Ignores the cancel request and returns a full result, as a reader past its last check does.
            return new PathLoader().load(paths, columns, progress, CancellationToken.NEVER);
        };
        try (BackgroundRunner runner = new BackgroundRunner(1)) {
            SourcesViewModel vm = onFx(() -> new SourcesViewModel(runner, deaf, new TrendCsvReader("test")));
            onFx(() -> vm.load(List.of(file)));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            onFx(vm::cancelLoad);
            release.countDown();
            waitFor("load over", () -> vm.currentLoadProperty().get() == null);
            Thread.sleep(200);
            assertTrue(onFx(() -> vm.items().isEmpty()), "nothing added after cancel");
            assertTrue(onFx(() -> vm.recent().isEmpty()), "not in the recent files either");
        }
    }

    @Test
    void outOfMemoryIsAClearMessageAndTheOtherSourcesLoad() throws Exception {
        Path huge = Files.writeString(dir.resolve("huge.steps.csv"), "1,2.0\n");
        Path fine = Files.writeString(dir.resolve("fine.csv"), "step,loss\n1,0.5\n");
        org.algoeff.workbench.io.LogReader oom = new org.algoeff.workbench.io.LogReader() {
            @Override
            public String formatId() {
                return "oom";
            }

            @Override
            public boolean accepts(Path f, byte[] head) {
                return f.getFileName().toString().equals("huge.steps.csv");
            }

            @Override
            public org.algoeff.workbench.model.ParseResult<List<org.algoeff.workbench.model.Run>> read(Path f,
                    org.algoeff.workbench.task.ProgressSink progress, CancellationToken cancel) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        List<org.algoeff.workbench.io.LogReader> readers = new java.util.ArrayList<>(List.of(oom));
        readers.addAll(org.algoeff.workbench.io.detect.LogReaders.all());
        FakeDialogs dialogs = new FakeDialogs();
        SourcesViewModel vm = onFx(() -> new SourcesViewModel(new SyncRunner(),
                new LazyPathLoader(new RunLoader(readers, Optional.empty())), new TrendCsvReader("test"), dialogs));
        onFx(() -> vm.load(List.of(huge, fine)));
        List<SourceItem> items = onFx(() -> List.copyOf(vm.items()));
        assertEquals(2, items.size());
        assertEquals(1, items.get(1).runs().size(), "the other source loaded");
        assertTrue(items.get(0).problems().get(0).message().contains("-Xmx"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Not enough memory to read huge.steps.csv"), dialogs.errors::toString);
        assertTrue(onFx(() -> vm.statusProperty().get()).contains("not enough memory for 1"));
    }

    @Test
    void warningsInAFolderNameTheirFileAndLongNamesAreCutWithATooltip() throws Exception {
        Path runs = runsFolder(dir);
        SourcesViewModel vm = onFx(() -> realLoader(new FakeDialogs()));
        onFx(() -> vm.load(List.of(runs)));
        SourceItem folder = onFx(() -> vm.items().get(0));
        List<String> texts = folder.problems().stream().map(folder::problemText).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("nested/b.steps.csv: line 2")), texts::toString);

        Path deep = Files.createDirectories(dir.resolve("a-very-long-folder-name-of-a-training-run-with-many-settings"
                + "-lr0.001-bs256-seed7"));
        Files.writeString(deep.resolve("m.csv"), "step,loss\n1,0.5\n");
        onFx(() -> vm.load(List.of(deep)));
        SourceItem longOne = onFx(() -> vm.items().get(1));
        assertTrue(longOne.shortName().length() <= SourceItem.MAX_NAME_CHARS, longOne.shortName());
        assertTrue(longOne.shortName().contains("…"));
        assertTrue(longOne.tooltip().contains(deep.toString()));
    }

    @Test
    void aWorkspaceAmongTheDroppedPathsIsOpenedAsOne() throws Exception {
        Path ws = Files.writeString(dir.resolve("mine.algoeff"), "{}");
        List<Path> opened = new java.util.ArrayList<>();
        SourcesViewModel vm = onFx(() -> realLoader(new FakeDialogs()));
        onFx(() -> vm.setWorkspaceOpener(opened::add));
        onFx(() -> vm.load(List.of(ws)));
        assertEquals(List.of(ws), opened);
        assertTrue(onFx(() -> vm.items().isEmpty()));
    }

    @Test
    void aCsvLogInAFolderCanBeReadAsADataSetWithChosenColumns() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Path models = Files.writeString(folder.resolve("models.csv"),
                "when,flops,name\n2012-06-01,4.7e17,AlexNet\n2014-09-01,1.9e19,VGG\n2015-12-10,1.1e19,ResNet\n");
        Files.writeString(folder.resolve("train.csv"), "step,loss\n1,0.5\n2,0.4\n");
        SourcesViewModel vm = onFx(() -> realLoader(new FakeDialogs()));
        onFx(() -> vm.load(List.of(folder)));
        SourceItem item = onFx(() -> vm.items().get(0));
        assertEquals(1, onFx(() -> vm.items().size()), "no date column by name: both read as logs");
        assertEquals(List.of(models, folder.resolve("train.csv")), item.csvLogs());
        assertFalse(item.isCsvFile());

        onFx(() -> vm.chooseColumnsInFolder(item, models, "when", "flops"));
        List<SourceItem> items = onFx(() -> List.copyOf(vm.items()));
        assertEquals(2, items.size(), items::toString);
        assertEquals(List.of("train"), items.get(0).runs().stream().map(r -> r.run().name()).toList());
        assertTrue(items.get(1).isDataset());
        assertEquals(3, items.get(1).points());
        assertEquals(folder, items.get(1).root());
        assertEquals("when", onFx(() -> vm.chosenColumns(models)).dateColumn());
    }
}
