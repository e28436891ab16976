// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.algoeff.workbench.io.proto.ProtoWriter;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfEventsReaderTest {
    /** The three complete records of docs/log-formats.md 5a, produced by protoc against TB's protos. */
    private static final String SPEC_RECORDS = "1800000000000000a37f4b220900002040fc54d9411a0d627261696e2e4576656e743a322b353110"
            + "1a00000000000000129bd82d0900004040fc54d94110642a0d0a0b0a046c6f7373150000803e2f64aed9"
            + "2f000000000000006d5d1d500900008040fc54d94110c8012a210a1f0a046c6f73734a0b0a090a077363616c617273420a"
            + "0801120022040000803e8d6c8657";

    @TempDir
    Path dir;

    private final TfEventsReader reader = new TfEventsReader();

    @Test
    void crcTestVectorsFromTheSpec() {
        CRC32C crc = new CRC32C();
        crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0xE3069283L, crc.getValue());
        assertEquals(0x8A9136AA, crc32c(new byte[32]));
        byte[] data = "\u001a\u0011CRC test, one two".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(0x5794D08A, new MaskedCrc32c().of(data, 0, data.length));
    }

    private static int crc32c(byte[] b) {
        CRC32C crc = new CRC32C();
        crc.update(b);
        return (int) crc.getValue();
    }

    @Test
    void specRecordsGiveSimpleAndTensorScalarsOfOneTag() throws IOException {
        Path file = write("events.out.tfevents.1700000000.host", HexFormat.of().parseHex(SPEC_RECORDS));
        ParseResult<List<Run>> result = read(file);
        assertEquals(List.of(), result.problems());
        Run run = result.value().get(0);
        assertEquals("brain.Event:2", run.metadata().get(TfEventsReader.KEY_FILE_VERSION));
        MetricSeries loss = run.series("loss").orElseThrow();
        assertEquals(2, loss.size());
        assertEquals(100, loss.step(0));
        assertEquals(0.25, loss.value(0));
        assertEquals(1700000001.0, loss.wallTimeSeconds(0));
        assertEquals(200, loss.step(1));
        assertEquals(0.25, loss.value(1));
        assertEquals(1700000002.0, loss.wallTimeSeconds(1));
    }

    @ParameterizedTest(name = "dtype {0}, {1} bytes {2}")
    @CsvSource({
        "1, 4, 0000803e, 0.25",            // DT_FLOAT 0.25
        "2, 8, 000000000000d03f, 0.25",    // DT_DOUBLE 0.25
        "3, 4, f9ffffff, -7",              // DT_INT32 -7
        "9, 8, 0010a5d4e8000000, 1000000000000", // DT_INT64 1e12
        "19, 2, 003c, 1.0",                // DT_HALF 1.0
        "19, 2, 0034, 0.25",               // DT_HALF 0.25
        "14, 2, 803e, 0.25",               // DT_BFLOAT16 0.25
        "10, 1, 01, 1.0",                  // DT_BOOL true
    })
    void tensorContentScalarsOfEachDtype(int dtype, int size, String hex, double expected) throws IOException {
        byte[] content = HexFormat.of().parseHex(hex);
        assertEquals(size, content.length);
        TfRecordTestWriter w = new TfRecordTestWriter()
                .add(TfRecordTestWriter.tensorEvent(5, 1.0, "m", TfRecordTestWriter.tensorContent(dtype, content), true));
        MetricSeries m = readOne(w).series("m").orElseThrow();
        assertEquals(1, m.size());
        assertEquals(expected, m.value(0), 1e-12);
    }

    @Test
    void typedValueFieldsPackedAndUnpacked() throws IOException {
        ProtoWriter packedFloat = new ProtoWriter().varint(1, 1).bytes(5, le(Float.floatToRawIntBits(0.5f)));
        ProtoWriter unpackedDouble = new ProtoWriter().varint(1, 2).doubleField(6, 0.125);
        ProtoWriter int64 = new ProtoWriter().varint(1, 9).varint(10, 42);
        ProtoWriter half = new ProtoWriter().varint(1, 19).varint(13, 0xC000); // -2.0
        TfRecordTestWriter w = new TfRecordTestWriter()
                .add(TfRecordTestWriter.tensorEvent(1, 1.0, "a", packedFloat, true))
                .add(TfRecordTestWriter.tensorEvent(2, 2.0, "a", unpackedDouble, false))
                .add(TfRecordTestWriter.tensorEvent(3, 3.0, "a", int64, false))
                .add(TfRecordTestWriter.tensorEvent(4, 4.0, "a", half, false));
        MetricSeries a = readOne(w).series("a").orElseThrow();
        assertEquals(List.of(0.5, 0.125, 42.0, -2.0), List.of(a.value(0), a.value(1), a.value(2), a.value(3)));
        assertEquals(4, a.step(3));
    }

    @Test
    void metadataOnlyOnFirstValueDecidesTheTagForLaterValues() throws IOException {
        ProtoWriter t = TfRecordTestWriter.tensorContent(1, le(Float.floatToRawIntBits(1.5f)));
        ProtoWriter image = new ProtoWriter().varint(1, 7).message(2, new ProtoWriter()
                .message(2, new ProtoWriter().varint(1, 3)));
        byte[] imageEvent = new ProtoWriter().doubleField(1, 1).varint(2, 1).message(5, new ProtoWriter().message(1,
                new ProtoWriter().string(1, "img").message(9, new ProtoWriter().message(1,
                        new ProtoWriter().string(1, "images"))).message(8, image))).toByteArray();
        TfRecordTestWriter w = new TfRecordTestWriter()
                .add(TfRecordTestWriter.tensorEvent(1, 1.0, "acc", t, true))
                .add(TfRecordTestWriter.tensorEvent(2, 2.0, "acc", t, false))
                .add(TfRecordTestWriter.tensorEvent(3, 3.0, "acc", t, false))
                .add(TfRecordTestWriter.tensorEvent(1, 1.0, "nometa", t, false))
                .add(imageEvent)
                .add(TfRecordTestWriter.tensorEvent(2, 2.0, "img", t, false));
        ParseResult<List<Run>> result = read(write("x.tfevents", w.bytes()));
        Run run = result.value().get(0);
        assertEquals(List.of("acc"), run.tags(), "tensor values without scalars metadata are not scalars");
        assertEquals(3, run.series("acc").orElseThrow().size());
        assertEquals(List.of(), result.problems(), "other plugins are skipped quietly");
    }

    @Test
    void rankOneScalarsTensorIsSkippedWithOneWarning() throws IOException {
        ProtoWriter vector = new ProtoWriter().varint(1, 1).message(2, new ProtoWriter()
                .message(2, new ProtoWriter().varint(1, 2))).bytes(4, new byte[8]);
        TfRecordTestWriter w = new TfRecordTestWriter()
                .add(TfRecordTestWriter.tensorEvent(1, 1.0, "v", vector, true))
                .add(TfRecordTestWriter.tensorEvent(2, 2.0, "v", vector, false))
                .add(TfRecordTestWriter.simpleScalarEvent(3, 3.0, "ok", 1f));
        ParseResult<List<Run>> result = read(write("v.tfevents", w.bytes()));
        assertEquals(List.of("ok"), result.value().get(0).tags());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("not rank 0"), result.problems().toString());
        assertEquals("record 0 (byte 0)", result.problems().get(0).where());
    }

    @Test
    void shapeOfAllOnesHoldsOneValueAndIsAccepted() throws IOException {
        ProtoWriter shape = new ProtoWriter().message(2, new ProtoWriter().varint(1, 1))
                .message(2, new ProtoWriter().varint(1, 1));
        ProtoWriter t = new ProtoWriter().varint(1, 1).message(2, shape).bytes(4, le(Float.floatToRawIntBits(2.5f)));
        MetricSeries m = readOne(new TfRecordTestWriter().add(TfRecordTestWriter.tensorEvent(9, 1.0, "m", t, true)))
                .series("m").orElseThrow();
        assertEquals(2.5, m.value(0));
    }

    @Test
    void runFolderMergesFilesInNameOrderIntoOneRun() throws IOException {
        Path run = Files.createDirectories(dir.resolve("runs/exp1"));
        Path second = run.resolve("events.out.tfevents.1700000100.host.2.0");
        Path first = run.resolve("events.out.tfevents.1700000000.host.1.0");
        Files.write(first, new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(1))
                .add(TfRecordTestWriter.simpleScalarEvent(0, 1, "loss", 3f))
                .add(TfRecordTestWriter.simpleScalarEvent(1, 2, "loss", 2f)).bytes());
        Files.write(second, new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(3))
                .add(TfRecordTestWriter.simpleScalarEvent(1, 4, "loss", 1.5f))
                .add(TfRecordTestWriter.simpleScalarEvent(2, 5, "acc", 0.5f)).bytes());
        ParseResult<List<Run>> result = TfEventsReader.readRunFolder(List.of(second, first), ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(List.of(), result.problems());
        Run merged = result.value().get(0);
        assertEquals("exp1", merged.name());
        assertEquals("2", merged.metadata().get(TfEventsReader.KEY_FILES));
        MetricSeries loss = merged.series("loss").orElseThrow();
        assertEquals(List.of(3.0, 2.0, 1.5), List.of(loss.value(0), loss.value(1), loss.value(2)));
        assertEquals(List.of(0L, 1L, 1L), List.of(loss.step(0), loss.step(1), loss.step(2)), "restart kept as logged");
        assertEquals(List.of("loss", "acc"), merged.tags());
    }

    @Test
    void acceptsEventFilesByContentAndByName() throws IOException {
        byte[] content = new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(1)).bytes();
        assertTrue(reader.accepts(Path.of("renamed.bin"), content));
        assertTrue(reader.accepts(Path.of("events.out.tfevents.123.host"), new byte[0]));
        assertFalse(reader.accepts(Path.of("metrics.csv"), "epoch,loss\n0,1.0\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(reader.accepts(Path.of("zeros.bin"), new byte[4096]));
        byte[] flipped = content.clone();
        flipped[9] ^= 1;
        assertFalse(reader.accepts(Path.of("renamed.bin"), flipped));
        assertEquals("tfevents", reader.formatId());
    }

    @Test
    void fileWithoutScalarsIsNothingLoadedWithTheReason() throws IOException {
        Path file = write("graph.tfevents", new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(1))
                .add(new ProtoWriter().doubleField(1, 2).bytes(4, new byte[100]).toByteArray()).bytes());
        ParseResult<List<Run>> result = read(file);
        assertEquals(List.of(), result.value(), "a run without a point is no run");
        assertEquals(1, result.problems().size());
        assertTrue(result.hasErrors());
        assertTrue(result.problems().get(0).message().startsWith("nothing loaded: no scalar values in 2 events"));
    }

    @Test
    void cancellationStopsTheRead() throws IOException {
        Path file = dir.resolve("big.tfevents");
        TfRecordTestWriter.writeScalarFile(file, 10_000, "loss");
        CancellationToken token = new CancellationToken();
        token.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> reader.read(file, ProgressSink.NONE, token));
    }

    @Test
    void fastWriterRoundTripsEveryPoint() throws IOException {
        Path file = dir.resolve("rt.tfevents");
        TfRecordTestWriter.writeScalarFile(file, 30_000, "a", "b", "c");
        Run run = reader.read(file, ProgressSink.NONE, CancellationToken.NEVER).value().get(0);
        assertEquals(List.of("a", "b", "c"), run.tags());
        MetricSeries b = run.series("b").orElseThrow();
        assertEquals(10_000, b.size());
        assertEquals(9_999, b.step(9_999));
        assertEquals(TfRecordTestWriter.expectedValue(3 * 9_999 + 1), b.value(9_999));
        assertEquals(1.7e9 + (3 * 9_999 + 1) / 1000.0, b.wallTimeSeconds(9_999));
    }

    private Run readOne(TfRecordTestWriter w) throws IOException {
        ParseResult<List<Run>> result = read(write("t.tfevents", w.bytes()));
        assertEquals(List.of(), result.problems());
        return result.value().get(0);
    }

    private ParseResult<List<Run>> read(Path file) throws IOException {
        return reader.read(file, ProgressSink.NONE, CancellationToken.NEVER);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] le(int bits) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bits).array();
    }
}
