// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input table for {@code .wandb} files. The intact file holds history rows with {@code _step} 0..7
 * ("loss"), each followed by a 12 KB output record, so rows spread over several 32 KiB blocks. Each case
 * states a problem expected (where, message fragment) and which steps survive.
 */
class WandbBadInputTest {
    private static final int ROWS = 8;
    private static final int BLOCK = LevelDbLogScanner.BLOCK_BYTES;

    @TempDir
    Path dir;

    interface Damage {
        void apply(Path file) throws IOException;
    }

    static Stream<Arguments> cases() {
        Layout l = new Layout();
        List<Long> all = l.steps(s -> true);
        long row3 = l.rowOffset(3);
        long end = l.bytes.length;
        List<Long> afterFlip = l.steps(s -> l.rowOffset(s) < row3 || l.rowOffset(s) >= (row3 / BLOCK + 1) * BLOCK);
        return Stream.of(
            Arguments.of("empty file", (Damage) f -> Files.write(f, new byte[0]), List.of(), "byte 0", "header"),
            Arguments.of("random bytes", (Damage) f -> Files.write(f, random(4096, 0)), List.of(), "byte 0", "header"),
            Arguments.of("header then random bytes", (Damage) f -> Files.write(f, concat(l.header(), random(40_000, 1))),
                    List.of(), "record 0 (byte 7)", "rest of block skipped"),
            Arguments.of("truncated tail", (Damage) f -> setLength(f, l.rowOffset(7) + 10), l.steps(s -> s < 7),
                    "record " + l.recordIndexOfRow(7) + " (byte " + l.rowOffset(7) + ")", "truncated"),
            Arguments.of("flipped CRC of row 3", (Damage) f -> flip(f, row3), afterFlip,
                    "record " + l.recordIndexOfRow(3) + " (byte " + row3 + ")", "checksum mismatch"),
            Arguments.of("length of row 3 past its block", (Damage) f -> flip(f, row3 + 5), afterFlip,
                    "record " + l.recordIndexOfRow(3) + " (byte " + row3 + ")", "rest of block skipped"),
            Arguments.of("valid CRC, not a protobuf", (Damage) f -> Files.write(f, new WandbTestWriter()
                    .add(new byte[] {0x0b, 0, 0}).add(WandbTestWriter.history(1, 0, "loss", "1")).bytes()),
                    List.of(0L), "record 0 (byte 7)", "not a valid W&B Record"),
            Arguments.of("huge sparse tail (2 GB)", (Damage) f -> setLength(f, 2L << 30), all,
                    "byte " + end + ")", "were not scanned"),
            Arguments.of("zeros inside the file", (Damage) f -> zeroBlock(f, l.rowOffset(3) / BLOCK * BLOCK),
                    l.steps(s -> l.rowOffset(s) / BLOCK != l.rowOffset(3) / BLOCK),
                    "(byte " + l.rowOffset(3) / BLOCK * BLOCK + ")", "zero bytes up to byte "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damageIsReportedAndValidRowsKept(String name, Damage damage, List<Long> keptSteps, String whereEnd,
            String message) throws IOException {
        Path file = Files.write(dir.resolve("run-bad.wandb"), new Layout().bytes);
        damage.apply(file);
        ParseResult<List<Run>> result = new WandbBinaryReader().read(file, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(keptSteps, steps(result), name);
        assertFalse(result.problems().isEmpty());
        assertTrue(result.problems().stream().anyMatch(p -> p.where().endsWith(whereEnd)
                && p.message().contains(message)), result.problems().toString());
        assertTrue(result.problems().stream().allMatch(p -> p.source().equals(file.toString())));
    }

    private static List<Long> steps(ParseResult<List<Run>> result) {
        if (result.value().isEmpty()) {
            return List.of();
        }
        return result.value().get(0).series("loss").map(s -> Arrays.stream(s.copySteps()).boxed().toList())
                .orElse(List.of());
    }

    /** The intact file and where its history rows are. */
    static final class Layout {
        final WandbTestWriter writer = new WandbTestWriter();
        final byte[] bytes;

        Layout() {
            for (int i = 0; i < ROWS; i++) {
                writer.add(WandbTestWriter.history(i, i, "loss", Double.toString(i * 0.5), "_step", Long.toString(i)));
                writer.add(WandbTestWriter.output(12_000));
            }
            bytes = writer.bytes();
        }

        long rowOffset(long row) {
            return writer.offsetOf((int) (2 * row));
        }

        long recordIndexOfRow(int row) {
            return 2L * row;
        }

        byte[] header() {
            return Arrays.copyOf(bytes, 7);
        }

        List<Long> steps(java.util.function.LongPredicate keep) {
            List<Long> kept = new ArrayList<>();
            for (long s = 0; s < ROWS; s++) {
                if (keep.test(s)) {
                    kept.add(s);
                }
            }
            return kept;
        }
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void setLength(Path f, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    private static void flip(Path f, long at) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x40);
        }
    }

    private static void zeroBlock(Path f, long at) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.seek(at);
            raf.write(new byte[BLOCK]);
        }
    }

    static void append(Path f, byte[] bytes) throws IOException {
        Files.write(f, bytes, StandardOpenOption.APPEND);
    }
}
