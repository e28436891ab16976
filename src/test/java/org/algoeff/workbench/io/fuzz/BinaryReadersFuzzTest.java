// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.io.proto.ProtoReader;
import org.algoeff.workbench.io.tfevents.TfEventsReader;
import org.algoeff.workbench.io.tfevents.TfRecordTestWriter;
import org.algoeff.workbench.io.wandb.WandbBinaryReader;
import org.algoeff.workbench.io.wandb.WandbTestWriter;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz tests of the binary readers and the protobuf decoder. Property: for any bytes, nothing but
 * IOException escapes (Jazzer reports any other throwable, and inputs that run past its timeout), and every
 * problem names the file read. In a plain {@code mvn test} each method runs once per seed in
 * {@code src/test/resources/org/algoeff/workbench/io/fuzz/BinaryReadersFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} fuzzes one method for {@code maxDuration} (see docs/tfevents.md).
 */
class BinaryReadersFuzzTest {
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("algoeff-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void tfevents(byte[] input) throws IOException {
        readAndCheck(new TfEventsReader(), "events.out.tfevents.fuzz", input);
    }

    @FuzzTest(maxDuration = "60s")
    void wandbBinary(byte[] input) throws IOException {
        readAndCheck(new WandbBinaryReader(), "run-fuzz.wandb", input);
    }

    /**
     * Random bytes rarely carry valid CRCs, so the raw test above seldom reaches the Event decoder. Here
     * the fuzzer's byte arrays are framed with correct masked CRC-32C, between two valid scalar events.
     */
    @FuzzTest(maxDuration = "60s")
    void tfeventsFramed(FuzzedDataProvider data) throws IOException {
        TfRecordTestWriter w = new TfRecordTestWriter().add(TfRecordTestWriter.simpleScalarEvent(0, 1, "loss", 1f));
        for (int i = 0; i < 16 && data.remainingBytes() > 0; i++) {
            w.add(data.consumeBytes(data.consumeInt(0, 2048)));
        }
        w.add(TfRecordTestWriter.simpleScalarEvent(1, 2, "loss", 0.5f));
        ParseResult<List<Run>> result = readAndCheck(new TfEventsReader(), "events.out.tfevents.framed", w.bytes());
        assertTrue(result.value().get(0).series("loss").orElseThrow().size() >= 2, "valid events around are kept");
    }

    /** As {@link #tfeventsFramed}: fuzzer bytes as W&B Record payloads with correct framing and CRC-32. */
    @FuzzTest(maxDuration = "60s")
    void wandbFramed(FuzzedDataProvider data) throws IOException {
        WandbTestWriter w = new WandbTestWriter().add(WandbTestWriter.history(1, 0, "loss", "1.0"));
        for (int i = 0; i < 16 && data.remainingBytes() > 0; i++) {
            w.add(data.consumeBytes(data.consumeInt(0, 40_000)));
        }
        w.add(WandbTestWriter.history(2, 1, "loss", "0.5"));
        ParseResult<List<Run>> result = readAndCheck(new WandbBinaryReader(), "run-framed.wandb", w.bytes());
        assertTrue(result.value().get(0).series("loss").orElseThrow().size() >= 2, "valid rows around are kept");
    }

    /** Walks every field, descending into length-delimited ones that parse as messages, to depth 8. */
    @FuzzTest(maxDuration = "60s")
    void protoDecoder(byte[] input) {
        try {
            walk(new ProtoReader(input, 0, input.length), 0);
        } catch (ProtoFormatException expected) {
            assertTrue(expected.getMessage().contains("offset"));
        }
    }

    private static void walk(ProtoReader r, int depth) throws ProtoFormatException {
        while (r.hasRemaining()) {
            int tag = r.readTag();
            if (ProtoReader.wireType(tag) == ProtoReader.WIRE_LEN && depth < 8) {
                int length = r.readLength();
                try {
                    walk(new ProtoReader(r.buffer(), r.position(), length), depth + 1);
                } catch (ProtoFormatException notAMessage) {
                    // Bytes and strings need not parse as messages; the enclosing message goes on.
                    assertTrue(notAMessage.getMessage().contains("offset"));
                }
                r.skipBytes(length);
            } else {
                r.skipField(tag);
            }
        }
    }

    private static ParseResult<List<Run>> readAndCheck(LogReader reader, String name, byte[] input)
            throws IOException {
        Path file = Files.write(dir.resolve(name), input);
        reader.accepts(file, input);
        ParseResult<List<Run>> result = reader.read(file, ProgressSink.NONE, CancellationToken.NEVER);
        for (Problem p : result.problems()) {
            assertTrue(p.source().equals(file.toString()), p.describe());
            assertTrue(!p.message().isBlank(), p.describe());
        }
        assertTrue(result.problems().size() <= 51, "problem list is capped");
        return result;
    }
}
