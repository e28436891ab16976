// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.LimitedInput;
import org.algoeff.workbench.model.Problem;

/**
 * Picks the reader for a file by its content (first 4 KiB, gunzipped when compressed) and name: the first
 * reader in {@link LogReaders} order that accepts it. Files no reader takes get a Problem saying why: empty,
 * binary, or text of no known layout. Thread-safe.
 */
public final class FormatDetector {
    /** Bytes of the head handed to {@link LogReader#accepts}. */
    public static final int HEAD_BYTES = 4096;

    /** The outcome: a reader, or a problem explaining why none fits. */
    public record Detection(LogReader reader, Problem problem) {
        public boolean found() {
            return reader != null;
        }

        public String format() {
            return reader == null ? SourceResult.UNKNOWN : reader.formatId();
        }
    }

    private final List<LogReader> readers;

    public FormatDetector(List<LogReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public Detection detect(Path path) {
        String source = path.toString();
        byte[] head;
        try {
            if (!Files.isDirectory(path) && Files.size(path) == 0) {
                return new Detection(null, Problem.error(source, "", "empty file"));
            }
            head = Files.isDirectory(path) ? new byte[0] : LimitedInput.head(path, HEAD_BYTES);
        } catch (IOException e) {
            return new Detection(null, Problem.error(source, "", "cannot read the start of the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        for (LogReader reader : readers) {
            if (reader.accepts(path, head)) {
                return new Detection(reader, null);
            }
        }
        if (Files.isDirectory(path)) {
            return new Detection(null, Problem.error(source, "", "folder holds no run this tool can read"));
        }
        return new Detection(null, Problem.error(source, "", describeUnknown(head)));
    }

    static String describeUnknown(byte[] head) {
        if (isBinary(head)) {
            return "binary data that is not a known log format";
        }
        String text = new String(head, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String first = (nl >= 0 ? text.substring(0, nl) : text).strip();
        if (first.length() > 60) {
            first = first.substring(0, 60) + "...";
        }
        return "text of no known log layout (first line: '" + first + "')";
    }

    /** NUL bytes, or more than 10% control characters other than tab/CR/LF, mean binary. */
    static boolean isBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                control++;
            }
        }
        return control * 10 > head.length;
    }
}
