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
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.testsupport.SharedData;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.task.SyncRunner;

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
                new LoaderRunSource(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())), new TrendCsvReader("test")));
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
                new LoaderRunSource(new RunLoader()), new TrendCsvReader("test")));
        onFx(() -> vm.onFilesDropped(List.of(tfevents.toFile())));
        SourceItem item = onFx(() -> vm.items().get(0));
        // A folder of event files is one run, as in TensorBoard: the six files' tags merge.
        assertEquals(1, item.runs().size());
        assertTrue(item.points() >= 3048 + 1000 + 330 + 102, "points " + item.points());
        assertEquals("tfevents", item.format());
    }

    @Test
    void unreadableFileIsAProblemNotACrash() throws Exception {
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, (byte) 0xFF});
        SourcesViewModel vm = onFx(() -> new SourcesViewModel(new SyncRunner(),
                new LoaderRunSource(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())), new TrendCsvReader("test")));
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
        RunSource endless = (paths, progress, cancel) -> {
            started.countDown();
            while (true) {
                progress.progress(-1, "reading forever");
                if (cancel.isCancelled()) {
                    sawCancel.set(true);
                }
                cancel.throwIfCancelled();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
                if (paths.isEmpty()) {
                    return ParseResult.of(List.of());
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
}
