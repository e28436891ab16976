// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlLogReaderTest {
    @TempDir
    Path dir;

    private static LoadReport load(Path file) {
        return new RunLoader().load(List.of(file), ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void rerunLogHeaderGoesToMetadataAndWallTimeIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("rerun.jsonl"),
                "{\"format\":\"algoeff-rerun-log\",\"version\":1,\"recipe\":\"mnist-mlp\",\"seed\":7,"
                        + "\"model\":{\"parameters\":101770}}\n"
                        + "{\"step\":0,\"examples\":0,\"training_flops\":0,\"test_accuracy\":0.1,\"train_loss\":2.3,"
                        + "\"wall_time\":1700000000.25}\n"
                        + "{\"step\":100,\"examples\":6400,\"training_flops\":1.3e11,\"test_accuracy\":0.91,"
                        + "\"train_loss\":0.31,\"wall_time\":1700000012.5}\n");
        LoadReport r = load(file);
        assertEquals("algoeff-rerun", r.sources().get(0).format());
        Run run = r.runs().get(0);
        assertEquals("mnist-mlp", run.name());
        assertEquals("7", run.metadata().get("seed"));
        assertEquals("101770", run.metadata().get("model/parameters"));
        assertEquals(List.of("examples", "training_flops", "test_accuracy", "train_loss"), run.tags());
        MetricSeries acc = run.series("test_accuracy").orElseThrow();
        assertEquals(100, acc.step(1));
        assertEquals(0.91, acc.value(1), 0.0);
        assertEquals(1700000012.5, acc.wallTimeSeconds(1), 0.0);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
    }

    @Test
    void wandbHistoryFlattensNestedKeysOverStep() throws IOException {
        Path run = Files.createDirectories(dir.resolve("wandb/run-20230707_104103-abc123"));
        Path file = Files.writeString(run.resolve("wandb-history.jsonl"),
                "{\"_step\": 0, \"_runtime\": 1.5, \"_timestamp\": 1688714474.8, \"train\": {\"loss\": 2.0}}\n"
                        + "{\"_step\": 1, \"_runtime\": 2.5, \"_timestamp\": 1688714475.8, \"train\": {\"loss\": NaN},"
                        + " \"note\": \"a \\\"quoted\\\" string\", \"flag\": true}\n"
                        + "{\"_step\": 2, \"train/loss\": 1.0, \"img\": [1, 2]}\n");
        LoadReport r = load(file);
        assertEquals("wandb-history", r.sources().get(0).format());
        Run loaded = r.runs().get(0);
        assertEquals("run-20230707_104103-abc123", loaded.name());
        MetricSeries loss = loaded.series("train/loss").orElseThrow();
        assertEquals(3, loss.size());
        assertTrue(Double.isNaN(loss.value(1)));
        assertEquals(1688714474.8, loss.wallTimeSeconds(0), 0.0);
        assertEquals(2, loss.step(2));
    }

    @Test
    void gzipJsonlAndBadLinesKeepTheRest() throws IOException {
        Path file = dir.resolve("log.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"step\": 1, \"acc\": 0.5}\n{not json}\n[1,2]\n{\"step\": 2, \"acc\": 0.75}\n"
                    + "{\"acc\": 0.9}\n").getBytes(StandardCharsets.UTF_8));
        }
        LoadReport r = load(file);
        MetricSeries acc = r.runs().get(0).series("acc").orElseThrow();
        assertEquals(2, acc.size());
        assertEquals(0.75, acc.value(1), 0.0);
        assertEquals(List.of("line 2", "line 3", "line 5"), r.problems().stream().map(p -> p.where()).toList());
    }

    @Test
    void readsWhatTheRerunLogWriterWrites() throws IOException {
        Path file = dir.resolve("runs/mnist.jsonl");
        try (org.algoeff.workbench.rerun.RerunLogWriter w = new org.algoeff.workbench.rerun.RerunLogWriter(file,
                java.util.Map.of("recipe", "mnist-mlp", "seed", 3))) {
            w.write(new org.algoeff.workbench.rerun.EvalPoint(0, 0, 0, 0.098, Double.NaN, 1700000000.0));
            w.write(new org.algoeff.workbench.rerun.EvalPoint(50, 3200, 123_456_789L, 0.87, 0.41, 1700000005.5));
        }
        LoadReport r = load(file);
        assertEquals("algoeff-rerun", r.sources().get(0).format());
        Run run = r.runs().get(0);
        assertEquals("mnist-mlp", run.name());
        assertEquals("3", run.metadata().get("seed"));
        assertEquals(2, run.series("test_accuracy").orElseThrow().size());
        assertEquals(1, run.series("train_loss").orElseThrow().size());
        MetricSeries flops = run.series("training_flops").orElseThrow();
        assertEquals(50, flops.step(1));
        assertEquals(123_456_789.0, flops.value(1), 0.0);
        assertEquals(1700000005.5, flops.wallTimeSeconds(1), 0.0);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
    }

    @Test
    void computeToTargetOnARerunLogNeedsNoComputeOptionAndMatchesTheRerun() throws IOException {
        Path file = dir.resolve("runs/ladder.jsonl");
        List<org.algoeff.workbench.rerun.EvalPoint> curve = List.of(
                new org.algoeff.workbench.rerun.EvalPoint(0, 0, 0, 0.10, Double.NaN, 1.0),
                new org.algoeff.workbench.rerun.EvalPoint(10, 320, 1_000_000L, 0.60, 1.2, 2.0),
                new org.algoeff.workbench.rerun.EvalPoint(20, 640, 2_000_000L, 0.90, 0.5, 3.0),
                new org.algoeff.workbench.rerun.EvalPoint(30, 960, 3_000_000L, 0.95, 0.3, 4.0));
        try (org.algoeff.workbench.rerun.RerunLogWriter w = new org.algoeff.workbench.rerun.RerunLogWriter(file,
                java.util.Map.of("recipe", "cnn-2012", "seed", 1))) {
            curve.forEach(w::write);
        }
        Run run = load(file).runs().get(0);
        assertEquals("training_flops", run.metadata().get(Run.KEY_FLOPS_SERIES));
        org.algoeff.workbench.analysis.ctt.ComputeToTarget ctt = new org.algoeff.workbench.analysis.ctt
                .ComputeToTargetService("test", java.time.Clock.systemUTC()).compute(run,
                org.algoeff.workbench.analysis.ctt.MetricTarget.of("test_accuracy", 0.8,
                        new org.algoeff.workbench.analysis.ctt.ComputeSource.LoggedFlops()),
                org.algoeff.workbench.task.ProgressSink.NONE, org.algoeff.workbench.task.CancellationToken.NEVER);
        assertTrue(ctt.reached());
        double expected = org.algoeff.workbench.rerun.EvalCurve.computeToTarget(curve, 0.8).getAsDouble();
        assertEquals(expected, ctt.trainingFlops(), 0.0, "the same service, so the same digits");
        assertEquals(1_000_000 + 1_000_000 * (0.8 - 0.6) / 0.3, ctt.trainingFlops(), 1e-6);
    }
}
