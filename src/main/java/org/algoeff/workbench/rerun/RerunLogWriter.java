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

/**
 * Writes a rerun's JSONL log (format "algoeff-rerun-log", version 1; see docs/rerun.md): a header object, then one
 * flat object per evaluation. Each line is flushed as written, so a cancelled or crashed rerun leaves a valid log.
 */
public final class RerunLogWriter implements AutoCloseable {
    public static final String FORMAT = RerunLogSchema.FORMAT;
    public static final int VERSION = RerunLogSchema.VERSION;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    /** Creates (or replaces) {@code file} and writes the header. */
    public RerunLogWriter(Path file, Map<String, Object> header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("format", FORMAT);
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

    @Override
    public void close() throws IOException {
        out.close();
    }
}
