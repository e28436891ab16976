// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input table: each case builds a damaged event file and states the steps of tag "loss" that must
 * survive and the one problem expected (where, message fragment). The intact file is a file_version
 * record followed by "loss" at steps 0..4, so record k+1 holds step k.
 */
class TfEventsBadInputTest {
    private static final int POINTS = 5;

    @TempDir
    Path dir;

    /** A way to damage the intact file, given its records' writer. */
    interface Damage {
        void apply(Path file, TfRecordTestWriter records) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("empty file", (Damage) (f, w) -> Files.write(f, new byte[0]),
                    List.of(), "byte 0", "file is empty", Severity.WARNING),
            Arguments.of("random bytes", (Damage) (f, w) -> Files.write(f, random(4096)),
                    List.of(), "record 0 (byte 0)", "length checksum mismatch", Severity.ERROR),
            Arguments.of("truncated inside data", (Damage) (f, w) -> truncate(f, w.offsetOf(5) + 20),
                    List.of(0L, 1L, 2L, 3L), "record 5 (byte " + offset(5) + ")", "truncated", Severity.ERROR),
            Arguments.of("truncated inside header", (Damage) (f, w) -> truncate(f, w.offsetOf(5) + 5),
                    List.of(0L, 1L, 2L, 3L), "record 5 (byte " + offset(5) + ")", "record header", Severity.ERROR),
            Arguments.of("flipped data CRC byte", (Damage) (f, w) -> flip(f, w.offsetOf(3) - 2),
                    List.of(0L, 2L, 3L, 4L), "record 2 (byte " + offset(2) + ")", "data checksum", Severity.ERROR),
            Arguments.of("flipped data byte", (Damage) (f, w) -> flip(f, w.offsetOf(2) + 14),
                    List.of(0L, 2L, 3L, 4L), "record 2 (byte " + offset(2) + ")", "data checksum", Severity.ERROR),
            Arguments.of("flipped length CRC byte", (Damage) (f, w) -> flip(f, w.offsetOf(3) + 9),
                    List.of(0L, 1L), "record 3 (byte " + offset(3) + ")", "length checksum", Severity.ERROR),
            Arguments.of("length claims 2^60 bytes", (Damage) (f, w) -> append(f, header(1L << 60)),
                    List.of(0L, 1L, 2L, 3L, 4L), "record 6 (byte " + offset(6) + ")", "claims 1152921504606846976",
                    Severity.ERROR),
            Arguments.of("huge sparse tail (2 GB)", (Damage) (f, w) -> setLength(f, 2L << 30),
                    List.of(0L, 1L, 2L, 3L, 4L), "record 6 (byte " + offset(6) + ")", "length checksum",
                    Severity.ERROR),
            Arguments.of("valid CRC, not a protobuf", (Damage) (f, w) -> append(f, w.frame(new byte[] {0x0b, 1, 2})),
                    List.of(0L, 1L, 2L, 3L, 4L), "record 6 (byte " + offset(6) + ")", "not a valid Event",
                    Severity.ERROR),
            Arguments.of("record over the size limit, then a valid one", (Damage) (f, w) -> oversized(f, w),
                    List.of(0L, 1L, 2L, 3L, 4L, 5L), "record 6 (byte " + offset(6) + ")", "exceeds the 67108864-byte limit",
                    Severity.ERROR),
            Arguments.of("text appended", (Damage) (f, w) -> append(f, "epoch,loss\n0,1\n".getBytes()),
                    List.of(0L, 1L, 2L, 3L, 4L), "record 6 (byte " + offset(6) + ")", "checksum", Severity.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damageIsReportedAndValidRecordsKept(String name, Damage damage, List<Long> keptSteps, String where,
            String message, Severity severity) throws IOException {
        TfRecordTestWriter w = intact();
        Path file = Files.write(dir.resolve("events.out.tfevents.1.bad"), w.bytes());
        damage.apply(file, w);

        ParseResult<List<Run>> result = new TfEventsReader().read(file, ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(keptSteps, stepsOfLoss(result), name);
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem p = result.problems().get(0);
        assertEquals(file.toString(), p.source());
        assertEquals(where, p.where());
        assertTrue(p.message().contains(message), p.message());
        assertEquals(severity, p.severity());
    }

    private static List<Long> stepsOfLoss(ParseResult<List<Run>> result) {
        if (result.value().isEmpty()) {
            return List.of();
        }
        return result.value().get(0).series("loss")
                .map(s -> Arrays.stream(s.copySteps()).boxed().toList()).orElse(List.of());
    }

    private static TfRecordTestWriter intact() {
        TfRecordTestWriter w = new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(1.0));
        for (int i = 0; i < POINTS; i++) {
            w.add(TfRecordTestWriter.simpleScalarEvent(i, 10.0 + i, "loss", 1f / (i + 1)));
        }
        return w;
    }

    private static long offset(int record) {
        return intact().offsetOf(record);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] header(long length) {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putLong(length);
        b.putInt(new MaskedCrc32c().of(b.array(), 0, 8));
        return b.array();
    }

    /** Appends a sparse 65 MiB record (skipped unread) and after it a valid record of step 5. */
    private static void oversized(Path f, TfRecordTestWriter w) throws IOException {
        long length = TfRecordScanner.MAX_RECORD_BYTES + 1L;
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            long at = raf.length();
            raf.seek(at);
            raf.write(header(length));
            raf.seek(at + 12 + length + 4);
            raf.write(w.frame(TfRecordTestWriter.simpleScalarEvent(5, 20.0, "loss", 0.1f)));
        }
    }

    private static void truncate(Path f, long length) throws IOException {
        setLength(f, length);
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

    private static void append(Path f, byte[] bytes) throws IOException {
        Files.write(f, bytes, java.nio.file.StandardOpenOption.APPEND);
    }
}
