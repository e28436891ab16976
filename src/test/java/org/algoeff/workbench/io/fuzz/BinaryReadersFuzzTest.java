// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.io.proto.ProtoReader;
import org.algoeff.workbench.io.tfevents.TfEventsReader;
import org.algoeff.workbench.io.wandb.WandbBinaryReader;
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

    private static void readAndCheck(LogReader reader, String name, byte[] input) throws IOException {
        Path file = Files.write(dir.resolve(name), input);
        reader.accepts(file, input);
        ParseResult<List<Run>> result = reader.read(file, ProgressSink.NONE, CancellationToken.NEVER);
        for (Problem p : result.problems()) {
            assertTrue(p.source().equals(file.toString()), p.describe());
            assertTrue(!p.message().isBlank(), p.describe());
        }
        assertTrue(result.problems().size() <= 51, "problem list is capped");
    }
}
