// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.anyProblem;
import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.onlyRun;
import static org.algoeff.workbench.io.reliability.Reproducers.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R1, R1b, R6, R7, R8: valid rows are never lost silently to one bad byte, a cut line or a long line. */
class SilentLossTest {
    @TempDir
    Path dir;

    /** 100 rows of 152 keys: the first line is ~5 KiB, longer than the 4 KiB head detection sees. */
    private Path wideHistory(String name) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 100; row++) {
            sb.append("{\"_step\": ").append(row).append(", \"_runtime\": ").append(row * 2.5)
                    .append(", \"_timestamp\": ").append(1_690_000_000 + row);
            for (int c = 0; c < 150; c++) {
                sb.append(String.format(Locale.ROOT, ", \"val/class_%03d_acc\": %.6f", c, (row * 7 + c) % 97 / 97.0));
            }
            sb.append("}\n");
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    @Test
    void r1WandbHistoryWithAFirstLineOverTheHeadIsAHistoryNotASummary() throws IOException {
        Path file = wideHistory("wandb-history.jsonl");
        assertTrue(Files.readString(file).indexOf('\n') > 4096);
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals("wandb-history", run.format());
        MetricSeries acc = run.series("val/class_007_acc").orElseThrow();
        assertEquals(100, acc.size());
        assertEquals(99, acc.step(99));
    }

    @Test
    void r1bGenericJsonlWithALongFirstLineIsRead() throws IOException {
        Path file = wideHistory("per-class-metrics.jsonl");
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals(100, run.series("val/class_149_acc").orElseThrow().size(), describe(report));
    }

    @Test
    void r6ZeroFilledTailOfAKerasLogKeepsTheRowsBeforeIt() {
        LoadReport report = load(resource("csv-nul-tail/training.log"));
        Run run = onlyRun(report);
        MetricSeries loss = run.series("loss").orElseThrow();
        assertEquals(10, loss.size(), describe(report));
        assertTrue(anyProblem(report, Severity.WARNING, "NUL bytes"), describe(report));
    }

    @Test
    void r6OneNulInAHistoryLineLosesThatLineOnly() throws IOException {
        Path file = resource("nul-in-head/wandb-history-with-nul.jsonl");
        long lines = Files.readString(file, StandardCharsets.ISO_8859_1).lines()
                .filter(l -> l.contains("\"train/loss\"")).count();
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals("wandb-history", run.format());
        MetricSeries loss = run.series("train/loss").orElseThrow();
        assertEquals(lines - 1, loss.size(), describe(report));
        assertTrue(report.problems().stream().anyMatch(p -> p.where().equals("line 6")), describe(report));
    }

    @Test
    void r7CsvLastLineCutMidRowIsDroppedWithAWarning() {
        LoadReport report = load(resource("csv-partial-last-line/metrics.csv"));
        Run run = onlyRun(report);
        LoadReport full = load(resource("csv-partial-last-line/metrics-full.csv"));
        MetricSeries loss = run.series("train_loss").orElseThrow();
        MetricSeries fullLoss = onlyRun(full).series("train_loss").orElseThrow();
        assertEquals(fullLoss.size() - 1, loss.size());
        assertEquals(fullLoss.step(loss.size() - 1), loss.step(loss.size() - 1));
        assertTrue(anyProblem(report, Severity.WARNING, "last line is cut off"), describe(report));
        assertTrue(full.problems().isEmpty(), describe(full));
    }

    @Test
    void r7CsvLastRowWithoutLineEndIsKeptAndFlagged() throws IOException {
        Path file = Files.writeString(dir.resolve("metrics.csv"), "step,loss\n1,0.5\n2,0.4");
        LoadReport report = load(file);
        assertEquals(2, onlyRun(report).series("loss").orElseThrow().size());
        assertTrue(anyProblem(report, Severity.WARNING, "no line end"), describe(report));
    }

    @Test
    void r7MlflowLastLineCutMidLineIsNotAPointAtStepZero() {
        LoadReport report = load(resource("mlflow-partial-last-line/run"));
        MetricSeries loss = onlyRun(report).series("train/loss").orElseThrow();
        for (int i = 0; i < loss.size(); i++) {
            assertTrue(loss.step(i) > 0 || i == 0 && loss.value(i) != 2.25, "point " + i + " at step " + loss.step(i));
        }
        assertEquals(70, loss.step(loss.size() - 1));
        assertTrue(anyProblem(report, Severity.WARNING, "last line is cut off"), describe(report));
    }

    @Test
    void r7JsonlLastObjectCutIsDroppedWithAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("log.jsonl"), "{\"step\": 1, \"loss\": 0.5}\n{\"step\": 2, \"lo");
        LoadReport report = load(file);
        assertEquals(1, onlyRun(report).series("loss").orElseThrow().size());
        assertTrue(anyProblem(report, Severity.WARNING, "last line is cut off"), describe(report));
    }

    @Test
    void r8TheLongLineErrorIsListedAfterAHundredWarningsAndTheRowsAfterItAreKept() throws IOException {
        StringBuilder sb = new StringBuilder("step,loss\n");
        for (int i = 0; i < 101; i++) {
            sb.append("oops,0.5\n");
        }
        Path file = dir.resolve("metrics.csv");
        try (var out = Files.newOutputStream(file)) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            byte[] longLine = new byte[9 << 20];
            java.util.Arrays.fill(longLine, (byte) '7');
            out.write(longLine);
            out.write('\n');
            for (int i = 0; i < 1000; i++) {
                out.write((1000 + i + ",0.5\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        LoadReport report = load(file);
        long errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        assertEquals(1, errors, describe(report));
        Problem longLine = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                .orElseThrow();
        assertEquals("line 103", longLine.where());
        assertTrue(longLine.message().contains("4 MiB"), longLine.message());
        assertEquals(1000, onlyRun(report).series("loss").orElseThrow().size());
        assertFalse(report.problems().stream().filter(p -> p.severity() == Severity.WARNING).count() > 101);
    }
}
