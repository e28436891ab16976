// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WandbBinaryReaderTest {
    @TempDir
    Path dir;

    private final WandbBinaryReader reader = new WandbBinaryReader();

    /** SOURCES.md: 39 history records of run 5hx57wy1; values cross-checked with an independent Python decoder. */
    @Test
    void realRunHasThirtyNineHistoryRows() throws IOException {
        Path file = SharedData.require("realworld/wandb/stanford_alpaca-yc1999__run-5hx57wy1.wandb");
        ParseResult<List<Run>> result = reader.read(file, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(List.of(), result.problems());
        Run run = result.value().get(0);
        assertEquals("wandb-binary", run.format());
        assertEquals("39", run.metadata().get(WandbBinaryReader.KEY_HISTORY_ROWS));
        assertEquals("5hx57wy1", run.metadata().get(WandbBinaryReader.KEY_RUN_ID));
        assertEquals("huggingface", run.metadata().get(WandbBinaryReader.KEY_PROJECT));
        assertEquals("5hx57wy1", run.name(), "no display name in the run record, so the run id");
        assertEquals("3.0", run.metadata().get("config/num_train_epochs"));
        assertEquals("\"float16\"", run.metadata().get("config/torch_dtype"), "config values stay raw JSON");
        assertEquals(List.of("train/loss", "train/learning_rate", "train/epoch", "train/global_step"),
                run.tags());
        MetricSeries loss = run.series("train/loss").orElseThrow();
        assertEquals(39, loss.size());
        assertEquals(0, loss.step(0));
        assertEquals(38, loss.step(38));
        assertEquals(1.5021, loss.value(0));
        assertEquals(1.129, loss.value(38));
        assertEquals(1688716835.3515735, loss.wallTimeSeconds(0));
        assertEquals(39.0, run.series("train/global_step").orElseThrow().value(38));
        assertTrue(reader.accepts(Path.of("anything"), Files.readAllBytes(file)));
    }

    @Test
    void historyOverStepWithMultiBlockRecordsAndMetadata() throws IOException {
        WandbTestWriter w = new WandbTestWriter().add(WandbTestWriter.run("abc123", "proj", "brave-fox-1"));
        for (int i = 0; i < 40; i++) {
            w.add(WandbTestWriter.history(i + 2, i, "loss", Double.toString(1.0 / (i + 1)), "_step",
                    Integer.toString(i), "_timestamp", "1700000000." + i, "note", "\"text\"", "acc", "NaN"));
            w.add(WandbTestWriter.output(5000)); // pushes history records across block boundaries
        }
        w.add(WandbTestWriter.output(100_000)); // FIRST + MIDDLE + LAST fragments
        w.add(WandbTestWriter.summary("best", "0.5"));
        ParseResult<List<Run>> result = read(w.bytes());
        assertEquals(List.of(), result.problems());
        Run run = result.value().get(0);
        assertEquals("brave-fox-1", run.name());
        assertEquals("0.5", run.metadata().get("summary/best"));
        assertEquals(List.of("loss", "acc"), run.tags(), "strings are not points, _step and _timestamp are axes");
        MetricSeries loss = run.series("loss").orElseThrow();
        assertEquals(40, loss.size());
        assertEquals(39, loss.step(39));
        assertEquals(1.0 / 40, loss.value(39));
        assertEquals(1700000000.5, loss.wallTimeSeconds(5));
        assertTrue(Double.isNaN(run.series("acc").orElseThrow().value(0)));
    }

    @Test
    void rowStepIsUsedWhenNoStepItem() throws IOException {
        WandbTestWriter w = new WandbTestWriter().add(WandbTestWriter.history(1, 7, "x", "1e3"));
        MetricSeries x = read(w.bytes()).value().get(0).series("x").orElseThrow();
        assertEquals(7, x.step(0));
        assertEquals(1000.0, x.value(0));
        assertTrue(Double.isNaN(x.wallTimeSeconds(0)));
    }

    @Test
    void jsonNumbersAreStrict() {
        assertEquals(-1.5e-3, WandbRecordDecoder.number("-1.5e-3"));
        assertEquals(Double.NEGATIVE_INFINITY, WandbRecordDecoder.number("-Infinity"));
        assertTrue(Double.isNaN(WandbRecordDecoder.number("0x10")));
        assertTrue(Double.isNaN(WandbRecordDecoder.number("1d")));
        assertTrue(Double.isNaN(WandbRecordDecoder.number("true")));
        assertTrue(Double.isNaN(WandbRecordDecoder.number("{\"a\": 1}")));
    }

    @Test
    void cancellationStopsTheRead() throws IOException {
        Path file = Files.write(dir.resolve("run-c.wandb"), new WandbTestWriter()
                .add(WandbTestWriter.history(1, 0, "x", "1")).bytes());
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancellationException.class, () -> reader.read(file, ProgressSink.NONE, token));
    }

    @Test
    void runWithoutHistoryGetsAWarning() throws IOException {
        ParseResult<List<Run>> result = read(new WandbTestWriter().add(WandbTestWriter.run("id1", "p", "")).bytes());
        assertEquals(List.of(), result.value().get(0).series());
        assertEquals("no numeric history values in 1 records", result.problems().get(0).message());
    }

    @Test
    void acceptsOnlyTheHeader() {
        assertTrue(reader.accepts(Path.of("x"), new WandbTestWriter().bytes()));
        assertFalse(reader.accepts(Path.of("run-abc.wandb"), "{}".getBytes()));
        assertEquals("wandb-binary", reader.formatId());
    }

    private ParseResult<List<Run>> read(byte[] bytes) throws IOException {
        return reader.read(Files.write(dir.resolve("run-test.wandb"), bytes), ProgressSink.NONE,
                CancellationToken.NEVER);
    }
}
