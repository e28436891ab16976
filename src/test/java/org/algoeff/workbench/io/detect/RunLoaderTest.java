// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLoaderTest {
    @TempDir
    Path dir;

    @Test
    void folderWalkFindsLightningWandbMlflowAndReportsUnreadableFiles() throws IOException {
        Path v0 = Files.createDirectories(dir.resolve("lightning_logs/version_0"));
        Files.writeString(v0.resolve("metrics.csv"), "epoch,step,train_loss\n0,9,0.5\n0,19,0.4\n");
        Files.writeString(v0.resolve("hparams.yaml"), "lr: 0.001\nbatch_size: 32\n");
        Path wandbRun = Files.createDirectories(dir.resolve("wandb/run-20230707_104103-abc/files"));
        Files.writeString(wandbRun.resolve("wandb-summary.json"), "{\"acc\": 0.9, \"_step\": 5}");
        Files.writeString(wandbRun.resolve("output.log"), "some console output\n");
        Path mlrun = Files.createDirectories(dir.resolve("mlruns/1/r1/metrics"));
        Files.writeString(dir.resolve("mlruns/1/meta.yaml"), "artifact_location: a\nexperiment_id: '1'\nname: exp\n");
        Files.writeString(mlrun.getParent().resolve("meta.yaml"), "run_id: r1\nrun_name: ml-run\n");
        Files.writeString(mlrun.resolve("acc"), "1000 0.5 1\n");
        Files.write(dir.resolve("broken.json"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("notes.txt"), "not a log, skipped silently");

        LoadReport report = new RunLoader().load(List.of(dir), ProgressSink.NONE, CancellationToken.NEVER);

        List<String> names = report.runs().stream().map(Run::name).sorted().toList();
        assertEquals(List.of("lightning_logs/version_0", "ml-run", "run-20230707_104103-abc"), names);
        Run lightning = report.runs().stream().filter(r -> r.format().equals("lightning-csv")).findFirst().orElseThrow();
        assertEquals("0.001", lightning.metadata().get("hparam.lr"));
        SourceResult broken = report.sources().stream().filter(s -> s.source().endsWith("broken.json"))
                .findFirst().orElseThrow();
        assertEquals(SourceResult.UNKNOWN, broken.format());
        assertTrue(broken.problems().get(0).message().contains("binary"));
        assertTrue(report.sources().stream().noneMatch(s -> s.source().endsWith("notes.txt")
                || s.source().endsWith("output.log")));
    }

    @Test
    void eventFilesOfOneFolderGoToTheFolderReaderInNameOrder() throws IOException {
        Path run = Files.createDirectories(dir.resolve("tb/run1"));
        Files.write(run.resolve("events.out.tfevents.1700000002.host.2.0"), new byte[] {1});
        Files.write(run.resolve("events.out.tfevents.1700000001.host.1.0"), new byte[] {1});
        List<List<Path>> calls = new ArrayList<>();
        RunFolderReader fake = (files, progress, cancel) -> {
            calls.add(files);
            return ParseResult.of(List.of(new Run("run1", "tfevents", files.get(0).getParent().toString(),
                    List.of(new MetricSeries("loss", new long[] {1}, new double[] {0.5}, new double[] {Double.NaN})),
                    java.util.Map.of())));
        };
        LoadReport report = new RunLoader(LogReaders.all(), Optional.of(fake))
                .load(List.of(dir.resolve("tb")), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).get(0).getFileName().toString().contains("1700000001"));
        assertEquals("tfevents", report.sources().get(0).format());
        assertEquals(1, report.runs().size());
    }

    @Test
    void missingPathIsReportedAndOthersStillLoad() throws IOException {
        Path good = Files.writeString(dir.resolve("a.csv"), "step,loss\n1,0.5\n");
        LoadReport report = new RunLoader().load(List.of(dir.resolve("nope.csv"), good), ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(2, report.sources().size());
        assertEquals("no such file or folder", report.sources().get(0).problems().get(0).message());
        assertTrue(report.anyLoaded());
    }

    @Test
    void cancelledLoadStops() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "step,loss\n1,0.5\n");
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancellationException.class,
                () -> new RunLoader().load(List.of(dir), ProgressSink.NONE, token));
    }

    @Test
    void wholeRealWorldFolderLoadsEveryTextRun() {
        Path realworld = SharedData.require("realworld");
        LoadReport report = new RunLoader().load(List.of(realworld), ProgressSink.NONE, CancellationToken.NEVER);
        for (String format : List.of("hf-trainer-state", "lightning-csv", "keras-csv", "mlflow", "wandb-summary",
                "wandb-api-export", "wandb-binary", "tfevents")) {
            assertTrue(report.sources().stream().anyMatch(s -> s.format().equals(format) && !s.runs().isEmpty()),
                    format);
        }
        assertEquals(5, report.runs().stream().filter(r -> r.format().equals("hf-trainer-state")).count());
        assertEquals(3, report.runs().stream().filter(r -> r.format().equals("mlflow")).count());
    }

    @Test
    void registryFindsTheBinaryReadersByContent() {
        Path wandb = SharedData.require("realworld/wandb/stanford_alpaca-yc1999__run-5hx57wy1.wandb");
        Path events = SharedData.require(
                "realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0");
        LoadReport report = new RunLoader().load(List.of(wandb, events), ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(List.of("wandb-binary", "tfevents"), report.sources().stream().map(SourceResult::format).toList());
        assertTrue(report.runs().stream().allMatch(r -> r.totalPoints() > 0), report.runs()::toString);
    }
}
