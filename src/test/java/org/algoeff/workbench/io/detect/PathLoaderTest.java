// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PathLoaderTest {
    private static final String EPOCH = "realworld/compute_dataset/training-cost-trends__All_ML_Systems-full_view-20240205.csv";
    private static final String EVENTS_A = "realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0";
    private static final String EVENTS_B = "realworld/tfevents/tensorboard-reducer__events.out.tfevents.1622543341.janoshs-mbp.lan.86862.3";

    @TempDir
    Path dir;

    private static LoadOutcome load(List<Path> paths) {
        return new PathLoader().load(paths, Map.of(), ProgressSink.NONE, CancellationToken.NEVER);
    }

    /** A real-looking mixed tree: an MLflow experiment folder beside event files, CSVs, a W&B run and Epoch's data. */
    private Path mixedTree() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Path run = Files.createDirectories(mixed.resolve("0/r1/metrics"));
        Files.writeString(mixed.resolve("0/meta.yaml"), "artifact_location: a\nexperiment_id: '0'\nname: exp\n");
        Files.writeString(run.getParent().resolve("meta.yaml"), "run_id: r1\nrun_name: ml-run\nexperiment_id: '0'\n");
        Files.writeString(run.resolve("loss"), "1000 0.5 1\n1001 0.4 2\n");
        Files.copy(SharedData.require(EVENTS_A), Files.createDirectories(mixed.resolve("tb/version_1"))
                .resolve("events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        Files.copy(SharedData.require("realworld/lightning_csv/ml-aos__version_1__metrics.csv"),
                mixed.resolve("metrics.csv"));
        Files.copy(SharedData.require("realworld/wandb/stanford_alpaca-yc1999__run-ymr3ch8s__wandb-summary.json"),
                Files.createDirectories(mixed.resolve("wandb/run-20230707_104103-ymr3ch8s/files"))
                        .resolve("wandb-summary.json"));
        Files.writeString(mixed.resolve("wandb/run-20230707_104103-ymr3ch8s/files/output.log"), "console\n");
        Files.copy(SharedData.require(EPOCH), mixed.resolve("epoch.csv"));
        Files.writeString(mixed.resolve("README.md"), "notes\n");
        return mixed;
    }

    @Test
    void mixedFolderLoadsEveryLayoutAndAccountsForEveryFile() throws IOException {
        Path mixed = mixedTree();
        LoadOutcome out = load(List.of(mixed));

        Set<String> formats = out.runs().stream().map(Run::format).collect(Collectors.toSet());
        assertEquals(Set.of("mlflow", "tfevents", "lightning-csv", "wandb-summary"), formats, out.runs()::toString);
        // Epoch's snapshot inside the folder is a data set, not a training log with hundreds of warnings.
        assertEquals(1, out.datasets().size());
        assertTrue(out.datasets().get(0).points().size() > 400, "points " + out.datasets().get(0).points().size());
        LoadedSource epoch = out.sources().stream().filter(s -> s.path().endsWith("epoch.csv")).findFirst().orElseThrow();
        assertInstanceOf(LoadedSource.Datasets.class, epoch);
        assertTrue(epoch.problems().size() <= 1, epoch.problems()::toString);

        LoadOutcome.FolderWalk walk = out.folder(mixed).orElseThrow();
        Set<Path> accounted = walk.files().stream().map(FileAccount::file).collect(Collectors.toSet());
        try (Stream<Path> all = Files.walk(mixed)) {
            assertEquals(all.filter(Files::isRegularFile).collect(Collectors.toSet()), accounted);
        }
        Map<Path, String> skipped = walk.files().stream().filter(f -> !f.read())
                .collect(Collectors.toMap(FileAccount::file, FileAccount::detail));
        assertEquals(Set.of(mixed.resolve("README.md"),
                mixed.resolve("wandb/run-20230707_104103-ymr3ch8s/files/output.log")), skipped.keySet());
        assertTrue(skipped.get(mixed.resolve("README.md")).contains("not a log"));
        assertTrue(skipped.get(mixed.resolve("wandb/run-20230707_104103-ymr3ch8s/files/output.log"))
                .contains("wandb-summary.json"));
    }

    @Test
    void aDataSetCsvGivenAloneIsADataSetAndAWorkspaceIsAWorkspace() throws IOException {
        Path ws = Files.writeString(dir.resolve("w.algoeff"), "{}");
        LoadOutcome out = load(List.of(SharedData.require(EPOCH), ws));
        assertInstanceOf(LoadedSource.Datasets.class, out.sources().get(0));
        assertInstanceOf(LoadedSource.Workspace.class, out.sources().get(1));
        assertTrue(out.runs().isEmpty());
    }

    @Test
    void unrelatedEventFilesInOneFolderAreSplitWithAWarningAndRestartsMerge() throws IOException {
        Path loose = Files.createDirectories(dir.resolve("loose"));
        Files.copy(SharedData.require(EVENTS_A), loose.resolve("events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        Files.copy(SharedData.require(EVENTS_B), loose.resolve("events.out.tfevents.1622543341.janoshs-mbp.lan.86862.3"));
        LoadOutcome out = load(List.of(loose));
        assertEquals(2, out.runs().size());
        assertEquals(2, out.runs().stream().map(Run::name).distinct().count());
        assertTrue(out.problems().stream().anyMatch(p -> p.message().contains("2 different writers")),
                out.problems()::toString);
        assertFalse(out.runs().get(0).tags().contains("lax/foo") && out.runs().get(0).tags().contains("train_loss"));

        Path restarts = Files.createDirectories(dir.resolve("restarts"));
        Files.copy(SharedData.require(EVENTS_A), restarts.resolve("events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        Files.copy(SharedData.require(EVENTS_A), restarts.resolve("events.out.tfevents.1663719999.MBP-2.lan.60001.0"));
        LoadOutcome merged = load(List.of(restarts));
        assertEquals(1, merged.runs().size());
        assertEquals("restarts", merged.runs().get(0).name());
    }

    @Test
    void writerKeyDropsTimeAndPidButKeepsHostAndPrefix() {
        assertEquals(EventFileGroups.writerKey("events.out.tfevents.1.host.lan.12.3"),
                EventFileGroups.writerKey("events.out.tfevents.99.host.lan.77.0"));
        assertFalse(EventFileGroups.writerKey("events.out.tfevents.1.a.1.0")
                .equals(EventFileGroups.writerKey("events.out.tfevents.1.b.1.0")));
        assertFalse(EventFileGroups.writerKey("x__events.out.tfevents.1.cvp")
                .equals(EventFileGroups.writerKey("y__events.out.tfevents.1.cvp")));
    }

    private static Path mkfifo(Path fifo) throws Exception {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            assumeTrue(p.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        return fifo;
    }

    @Test
    void fifosAreNeverOpenedInAFolderOrGivenDirectly() throws Exception {
        Files.writeString(dir.resolve("good.csv"), "step,loss\n1,0.5\n2,0.4\n");
        Path fifo = mkfifo(dir.resolve("f.csv"));
        LoadOutcome out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(List.of(dir, fifo)));
        assertEquals(1, out.runs().size());
        FileAccount a = out.folder(dir).orElseThrow().files().stream().filter(f -> f.file().equals(fifo))
                .findFirst().orElseThrow();
        assertFalse(a.read());
        assertTrue(a.detail().contains("not a regular file"), a.detail());
        LoadedSource direct = out.sources().get(out.sources().size() - 1);
        assertInstanceOf(LoadedSource.Failed.class, direct);
        assertTrue(direct.problems().get(0).message().contains("FIFO"));
    }

    @Test
    void oneUnreadableFileIsNamedAndSkippedAndTheFolderStillLoads() throws IOException {
        Path tb = Files.createDirectories(dir.resolve("tb/run1"));
        Files.copy(SharedData.require(EVENTS_A), tb.resolve("events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        Path locked = Files.copy(SharedData.require(EVENTS_A), tb.resolve("events.out.tfevents.1663719999.MBP-2.lan.1.0"));
        Files.writeString(dir.resolve("a.csv"), "step,loss\n1,0.5\n");
        // Root reads every file, so the permission is stood in for; oneUnreadableFileForRealWhenNotRoot does it for real.
        LoadOutcome out = new PathLoader(new RunLoader(), new TrendCsvReader("test"), f -> !f.equals(locked))
                .load(List.of(dir), Map.of(), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(2, out.runs().size());
        assertTrue(out.problems().stream().anyMatch(p -> p.source().equals(locked.toString())
                && p.message().contains("permission denied")), out.problems()::toString);
        assertTrue(out.folder(dir).orElseThrow().files().stream().anyMatch(f -> f.file().equals(locked) && !f.read()));
    }

    @Test
    void oneUnreadableFileForRealWhenNotRoot() throws IOException {
        Path store = Files.createDirectories(dir.resolve("mlruns/1/r1/metrics"));
        Files.writeString(dir.resolve("mlruns/1/meta.yaml"), "artifact_location: a\nexperiment_id: '1'\nname: e\n");
        Files.writeString(store.getParent().resolve("meta.yaml"), "run_id: r1\nrun_name: ml-run\n");
        Files.writeString(store.resolve("acc"), "1000 0.5 1\n");
        Path locked = Files.writeString(store.resolve("loss"), "1000 0.5 1\n");
        assumeTrue(locked.toFile().setReadable(false, false));
        try {
            assumeTrue(!Files.isReadable(locked), "running as root: every file is readable");
            LoadOutcome out = load(List.of(dir));
            assertEquals(1, out.runs().size());
            assertEquals(List.of("acc"), out.runs().get(0).tags());
            assertTrue(out.problems().stream().anyMatch(p -> p.source().equals(locked.toString())));
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void runningOutOfMemoryOnOneSourceIsAClearMessageAndTheOthersLoad() throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.steps"), "x".repeat(5000));
        Path fine = Files.writeString(dir.resolve("fine.csv"), "step,loss\n1,0.5\n");
        LogReader oom = new LogReader() {
            @Override
            public String formatId() {
                return "oom";
            }

            @Override
            public boolean accepts(Path file, byte[] head) {
                return file.getFileName().toString().endsWith(".steps");
            }

            @Override
            public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        List<LogReader> readers = new ArrayList<>(List.of(oom));
        readers.addAll(LogReaders.all());
        LoadOutcome out = new PathLoader(new RunLoader(readers, Optional.empty()))
                .load(List.of(huge, fine), Map.of(), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(1, out.runs().size());
        Problem p = out.sources().get(0).problems().get(0);
        assertTrue(p.message().contains("out of memory") && p.message().contains("4.9 KB")
                && p.message().contains("-Xmx") && p.message().contains("AlgoEff.cfg"), p.message());
        assertFalse(p.message().contains("at org."), "no stack trace");
    }

    @Test
    void progressCountsBytesOfTheWholeLoad() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "step,loss\n" + "1,0.5\n".repeat(1000));
        Files.writeString(dir.resolve("b.csv"), "step,loss\n" + "1,0.5\n".repeat(3000));
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        new PathLoader().load(List.of(dir), Map.of(), (f, m) -> {
            fractions.add(f);
            messages.add(m);
        }, CancellationToken.NEVER);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertTrue(messages.stream().anyMatch(m -> m.matches("read .* of 23 KB \\(.*\\.csv\\)")), messages::toString);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions::toString);
        }
    }
}
