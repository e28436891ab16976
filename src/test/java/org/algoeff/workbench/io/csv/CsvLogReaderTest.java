// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvLogReaderTest {
    @TempDir
    Path dir;

    private static ParseResult<List<Run>> read(CsvFlavor flavor, String x, Path file) throws IOException {
        return new CsvLogReader(flavor, x).read(file, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void crlfSparseRowsAnyColumnOrderAndHeaderRewrittenMidFile() throws IOException {
        Path file = Files.writeString(dir.resolve("metrics.csv"),
                "val_loss,step,epoch,train_loss\r\n,49,0,0.91\r\n,99,0,0.72\r\n0.70,156,0,\r\n"
                        + "step,epoch,train_loss,val_loss,val_acc\r\n199,1,0.6,,\r\n"
                        + "256,1,,0.65,0.81\r\n");
        ParseResult<List<Run>> r = read(CsvFlavor.LIGHTNING, null, file);
        Run run = r.value().get(0);
        MetricSeries train = run.series("train_loss").orElseThrow();
        assertEquals(3, train.size());
        assertEquals(199, train.step(2));
        assertEquals(0.6, train.value(2), 0.0);
        MetricSeries val = run.series("val_loss").orElseThrow();
        assertEquals(List.of(156L, 256L), List.of(val.step(0), val.step(1)));
        assertEquals(0.81, run.series("val_acc").orElseThrow().value(0), 0.0);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals("step", run.metadata().get("x_column"));
    }

    @Test
    void kerasNaMeansMissingAndEpochIsTheAxis() throws IOException {
        Path file = Files.writeString(dir.resolve("training.log"),
                "epoch,accuracy,loss,val_accuracy,val_loss\n0,0.81,0.53,0.86,0.39\n1,0.85,0.41,NA,NA\n"
                        + "2,0.9,0.3,nan,inf\n");
        byte[] head = Files.readAllBytes(file);
        assertEquals(CsvFlavor.KERAS, CsvFlavor.classify(file, head));
        Run run = read(CsvFlavor.KERAS, null, file).value().get(0);
        MetricSeries valAcc = run.series("val_accuracy").orElseThrow();
        assertEquals(2, valAcc.size());
        assertEquals(3, valAcc.step(1), "0-based epoch 2 is 3 epochs completed");
        assertTrue(Double.isNaN(valAcc.value(1)));
        assertEquals(Double.POSITIVE_INFINITY, run.series("val_loss").orElseThrow().value(1));
        assertEquals("epoch", run.metadata().get("x_column"));
    }

    @Test
    void rowIndexWhenNoIntegerColumnAndChosenXColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.csv"), "loss;lr;wall_time\n0.5;0.1;1700000000.5\n"
                + "0.4;0.1;1700000001.5\n");
        Run byIndex = read(CsvFlavor.GENERIC, null, file).value().get(0);
        MetricSeries loss = byIndex.series("loss").orElseThrow();
        assertEquals(List.of(0L, 1L), List.of(loss.step(0), loss.step(1)));
        assertEquals(1700000001.5, loss.wallTimeSeconds(1), 0.0);
        assertEquals(List.of("loss", "lr"), byIndex.tags());
        Path withX = Files.writeString(dir.resolve("x.csv"), "a,tokens,loss\n1.5,1000,0.9\n2.5,2000,0.8\n");
        MetricSeries overTokens = read(CsvFlavor.GENERIC, "tokens", withX).value().get(0).series("loss").orElseThrow();
        assertEquals(2000, overTokens.step(1));
    }

    @Test
    void wandbPanelExportSplitsRunsAndKeepsMinMax() throws IOException {
        Path file = Files.writeString(dir.resolve("wandb_export_2022-01-11T22_06_07.852+08_00.csv"),
                "\"Step\",\"run-a - loss\",\"run-a - loss__MIN\",\"run-a - loss__MAX\",\"run-b - loss\"\n"
                        + "0,\"1.0\",\"0.9\",\"1.1\",\"2.0\"\n10,\"0.5\",\"0.4\",\"0.6\",\"\"\n");
        assertEquals(CsvFlavor.WANDB_EXPORT, CsvFlavor.classify(file, Files.readAllBytes(file)));
        ParseResult<List<Run>> r = read(CsvFlavor.WANDB_EXPORT, null, file);
        assertEquals(List.of("run-a", "run-b"), r.value().stream().map(Run::name).toList());
        assertEquals(List.of("loss", "loss__MIN", "loss__MAX"), r.value().get(0).tags());
        assertEquals(10, r.value().get(0).series("loss__MAX").orElseThrow().step(1));
        assertEquals(1, r.value().get(1).series("loss").orElseThrow().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("sampled")));
    }

    @Test
    void gzipCompressedCsvReadsLikePlain() throws IOException {
        Path file = dir.resolve("metrics.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("epoch,step,loss\n0,1,0.5\n0,2,0.25\n".getBytes(StandardCharsets.UTF_8));
        }
        MetricSeries loss = read(CsvFlavor.LIGHTNING, null, file).value().get(0).series("loss").orElseThrow();
        assertEquals(0.25, loss.value(1), 0.0);
    }

    @Test
    void hugeFileWithoutNewlinesStopsAtTheLineLimit() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("step,loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8));
            raf.setLength(2L << 30);
        }
        ParseResult<List<Run>> r = read(CsvFlavor.GENERIC, null, file);
        assertEquals(1, r.value().get(0).totalPoints());
        assertTrue(r.problems().get(0).message().contains("MAX_LINE_BYTES"), r.problems()::toString);
    }

    @Test
    void cancellingDuringAReadStopsInsideTheLineLoop() throws IOException {
        StringBuilder sb = new StringBuilder("step,loss\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i).append(",0.5\n");
        }
        Path file = Files.writeString(dir.resolve("long.csv"), sb.toString());
        CancellationToken token = new CancellationToken();
        int[] calls = {0};
        ProgressSink cancelOnFirstReport = (fraction, message) -> {
            calls[0]++;
            token.cancel();
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new CsvLogReader(CsvFlavor.GENERIC).read(file, cancelOnFirstReport, token));
        assertEquals(1, calls[0], "stopped at the next check after the first progress report");
    }
}
