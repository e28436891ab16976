// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.algoeff.workbench.io.jsonl.RerunLogSchema;
import org.algoeff.workbench.io.workspace.AtomicFiles;

/**
 * Writes a rerun's JSONL log (format "algoeff-rerun-log", version 1; see docs/rerun.md): a header object, then one
 * flat object per evaluation. The log is written to a temp file beside {@code file}, each line flushed as written, and
 * renamed over {@code file} on {@link #close} (also when the rerun was cancelled or failed): a rerun killed mid-way
 * never truncates the previous complete log of the same recipe (its partial log stays in the hidden temp file,
 * removed by a later write once stale).
 */
public final class RerunLogWriter implements AutoCloseable {
    public static final String FORMAT = RerunLogSchema.FORMAT;
    public static final int VERSION = RerunLogSchema.VERSION;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;
    private final Path file;
    private final Path temp;

    /** Starts the log that replaces {@code file} on {@link #close}, and writes the header. */
    public RerunLogWriter(Path file, Map<String, Object> header) throws IOException {
        this.file = file.toAbsolutePath();
        this.temp = AtomicFiles.createTemp(this.file);
        out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put(RerunLogSchema.HEADER_FORMAT, FORMAT);
        first.put("version", VERSION);
        first.putAll(header);
        writeLine(first);
    }

    /** Appends one evaluation. */
    public void write(EvalPoint p) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(RerunLogSchema.STEP, p.step());
        line.put(RerunLogSchema.EXAMPLES, p.examples());
        line.put(RerunLogSchema.TRAINING_FLOPS, p.trainingFlops());
        line.put(RerunLogSchema.TEST_ACCURACY, p.testAccuracy());
        if (!Double.isNaN(p.validationAccuracy())) {
            line.put(RerunLogSchema.VALIDATION_ACCURACY, p.validationAccuracy());
        }
        if (!Double.isNaN(p.trainLoss())) {
            line.put(RerunLogSchema.TRAIN_LOSS, p.trainLoss()); // absent at step 0: nothing trained yet
        }
        line.put(RerunLogSchema.WALL_TIME, p.wallTimeSeconds());
        writeLine(line);
    }

    private void writeLine(Map<String, Object> object) {
        try {
            out.write(JSON.writeValueAsString(object));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the log: renames it over the file given, atomically. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
            AtomicFiles.publish(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
