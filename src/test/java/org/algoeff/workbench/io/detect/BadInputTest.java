// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input never hurts: each case gives a clear problem naming the file and where, keeps the valid points, and
 * finishes without an exception. Table: file name, how to make it, expected problem text, points kept.
 */
class BadInputTest {
    @TempDir
    static Path dir;

    /** Writes the bad file into the folder and returns it. */
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("random bytes named .csv", (Maker) d -> bytes(d, "random.csv", random(100_000)),
                        "binary data", 0),
                Arguments.of("empty file", (Maker) d -> bytes(d, "empty.json", new byte[0]), "empty file", 0),
                Arguments.of("binary data named .json", (Maker) d -> bytes(d, "trainer_state.json",
                        concat("{\"log_history\": [".getBytes(StandardCharsets.UTF_8), random(5000))),
                        "not valid JSON", 0),
                Arguments.of("JSON nested 100,000 deep", (Maker) d -> text(d, "deep__trainer_state.json",
                        "{\"log_history\": [{\"step\": 1, \"loss\": 0.5}], \"x\": " + "[".repeat(100_000)
                                + "]".repeat(100_000) + "}"), "nesting depth", 1),
                Arguments.of("JSONL line nested 100,000 deep", (Maker) d -> text(d, "deep.jsonl",
                        "{\"step\": 1, \"loss\": 0.5}\n{\"step\": 2, \"a\": " + "{\"a\":".repeat(100_000) + "1"
                                + "}".repeat(100_001) + "\n{\"step\": 3, \"loss\": 0.25}\n"), "nesting depth", 2),
                Arguments.of("2 GB sparse file named metrics.csv", (Maker) d -> sparse(d, "metrics.csv", 2L << 30),
                        "binary data", 0),
                Arguments.of("gzip bomb", (Maker) BadInputTest::gzipBomb, "gzip bomb", 3),
                Arguments.of("invalid UTF-8 in a CSV line", (Maker) d -> bytes(d, "bad_utf8.csv", concat(
                        "step,loss\n1,0.5\n2,0.4 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                        "3,0.3\n".getBytes(StandardCharsets.UTF_8))), "line 3: invalid UTF-8", 2),
                Arguments.of("invalid UTF-8 in a JSONL line", (Maker) d -> bytes(d, "bad_utf8.jsonl", concat(
                        "{\"step\": 1, \"loss\": 0.5}\n{\"step\": 2, \"n\u00e9\": 1}\n"
                                .getBytes(StandardCharsets.ISO_8859_1),
                        "{\"step\": 3, \"loss\": 0.3}\n".getBytes(StandardCharsets.UTF_8))),
                        "line 2: invalid UTF-8", 2),
                Arguments.of("truncated trainer_state.json", (Maker) d -> text(d, "cut__trainer_state.json",
                        "{\"global_step\": 3, \"log_history\": [{\"loss\": 1.5, \"step\": 1}, {\"loss\": 1.2, \"st"),
                        "points before it kept", 1),
                Arguments.of("truncated gzip CSV", (Maker) BadInputTest::truncatedGzip, "gzip data is corrupt", -1),
                Arguments.of("no step value in a Lightning row", (Maker) d -> text(d, "metrics.csv",
                        "epoch,step,loss\n0,1,0.5\n0,,0.4\n0,3,x\n0,4,0.2\n"), "line 3: no step value", 5),
                Arguments.of("text cell in a numeric column", (Maker) d -> text(d, "t.csv",
                        "step,loss\n1,0.5\n2,oops\n3,0.2\n"), "line 3, column loss", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(60)
    void reportsProblemAndKeepsValidPoints(String name, Maker maker, String expected, long pointsKept)
            throws IOException {
        Path file = maker.make(dir);
        LoadReport report = new RunLoader().load(List.of(file), ProgressSink.NONE, CancellationToken.NEVER);
        List<Problem> problems = report.problems();
        assertTrue(problems.stream().anyMatch(p -> p.describe().contains(expected)),
                () -> "expected a problem containing '" + expected + "', got " + problems);
        assertTrue(problems.stream().allMatch(p -> p.source().equals(file.toString())), problems::toString);
        long points = report.runs().stream().mapToLong(Run::totalPoints).sum();
        if (pointsKept >= 0) {
            assertEquals(pointsKept, points);
        } else {
            assertTrue(points > 0, "valid points before the corruption are kept");
        }
        assertFalse(report.sources().isEmpty());
    }

    private static Path bytes(Path d, String name, byte[] content) throws IOException {
        return Files.write(d.resolve(name), content);
    }

    private static Path text(Path d, String name, String content) throws IOException {
        Path sub = Files.createTempDirectory(d, "case");
        return Files.writeString(sub.resolve(name), content);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        b[0] = 0;
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Path sparse(Path d, String name, long size) throws IOException {
        Path sub = Files.createTempDirectory(d, "sparse");
        Path file = sub.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    /** 3 valid rows, then 64 MiB of empty lines: compresses ~1000x. */
    private static Path gzipBomb(Path d) throws IOException {
        Path file = d.resolve("bomb.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("step,loss\n1,0.5\n2,0.4\n3,0.3\n".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) '\n');
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        return file;
    }

    private static Path truncatedGzip(Path d) throws IOException {
        Path full = d.resolve("full.csv.gz");
        StringBuilder sb = new StringBuilder("step,loss\n");
        Random r = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            sb.append(i).append(',').append(r.nextDouble()).append('\n');
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(full);
        return Files.write(d.resolve("truncated.csv.gz"), Arrays.copyOf(all, all.length / 2));
    }
}
