// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throughput of {@link TfEventsReader} against {@code cat file > /dev/null} on the same file in the same
 * run, page cache warm. File size: {@code -Dalgoeff.bench.tfeventsMb} (default 1024). Results are logged
 * and appended to target/benchmarks/results.md; nothing about speed is asserted.
 */
@Tag("benchmark")
class TfEventsReaderBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(TfEventsReaderBenchmark.class);
    private static final int RUNS = 5;
    private static final String[] TAGS = {"train/loss", "train/acc", "eval/loss", "lr"};

    @TempDir
    Path dir;

    @Test
    void readerVersusCat() throws Exception {
        long targetMb = Long.getLong("algoeff.bench.tfeventsMb", 1024);
        long points = targetMb * 1024 * 1024 / 51; // a generated scalar event is ~51 bytes framed
        Path file = dir.resolve("events.out.tfevents.bench");
        long bytes = TfRecordTestWriter.writeScalarFile(file, points, TAGS);
        double mb = bytes / 1e6;

        double[] cat = new double[RUNS];
        double[] scan = new double[RUNS];
        double[] read = new double[RUNS];
        catSeconds(file); // warm the page cache
        for (int i = 0; i < RUNS; i++) {
            cat[i] = catSeconds(file);
            scan[i] = scanSeconds(file);
            read[i] = readSeconds(file, points);
        }
        double catMbs = mb / median(cat);
        double scanMbs = mb / median(scan);
        double readMbs = mb / median(read);
        String line = String.format(Locale.ROOT, "| %s | tfevents %.0f MB, %d points, %d tags | cat %.0f MB/s | "
                + "framing+CRC only %.0f MB/s | full read %.0f MB/s (%.2f M points/s) | cat/read %.2fx |",
                Instant.now(), mb, points, TAGS.length, catMbs, scanMbs, readMbs, points / median(read) / 1e6,
                catMbs / readMbs);
        LOG.warn("benchmark: {}", line);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("results.md");
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static double catSeconds(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor());
        return (System.nanoTime() - start) / 1e9;
    }

    private static double scanSeconds(Path file) throws IOException {
        long[] records = new long[1];
        TfRecordScanner.Sink count = new TfRecordScanner.Sink() {
            @Override
            public void record(byte[] buf, int offset, int length, long recordIndex, long fileOffset) {
                records[0]++;
            }

            @Override
            public void trouble(long recordIndex, long fileOffset, String message, boolean fatal) {
                throw new AssertionError(message);
            }
        };
        long start = System.nanoTime();
        new TfRecordScanner().scan(file, count, CancellationToken.NEVER, b -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Files.size(file) > 0, records[0] > 0);
        return seconds;
    }

    private static double readSeconds(Path file, long points) throws IOException {
        long start = System.nanoTime();
        ParseResult<List<Run>> result = new TfEventsReader().read(file, ProgressSink.NONE, CancellationToken.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(points, result.value().get(0).totalPoints());
        assertEquals(List.of(), result.problems());
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
