// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.algoeff.workbench.io.text.Utf8;

/**
 * Splits one CSV line (bytes) into cell ranges without allocating per cell; quoted cells (RFC 4180,
 * {@code ""} as an escaped quote) are supported within one line. Not thread-safe: the ranges are reused.
 */
final class CsvSplitter {
    private final byte delimiter;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;
    private boolean highBytes;

    CsvSplitter(byte delimiter) {
        this.delimiter = delimiter;
    }

    /** The delimiter of a header line (',' or tab or ';', whichever occurs most), or 0 if none. */
    static byte guessDelimiter(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long semis = header.chars().filter(c -> c == ';').count();
        if (commas == 0 && tabs == 0 && semis == 0) {
            return 0;
        }
        return commas >= tabs && commas >= semis ? (byte) ',' : tabs >= semis ? (byte) '\t' : (byte) ';';
    }

    /** Header cells as trimmed, unquoted strings. */
    static List<String> splitHeader(String header, byte delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < header.length() && header.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                out.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().trim());
        return out;
    }

    /** Splits [from, to); afterwards {@link #count()} cells, each [start(i), end(i)) with quotes stripped. */
    void split(byte[] b, int from, int to) {
        count = 0;
        int cellStart = from;
        int or = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            or |= c;
            if (c == delimiter) {
                add(cellStart, i);
                cellStart = i + 1;
            } else if (c == '"' && i == cellStart) {
                quoted = true;
                int close = closingQuote(b, i + 1, to);
                add(i + 1, close);
                i = close;
                while (i + 1 < to && b[i + 1] != delimiter) {
                    i++;
                }
                cellStart = i + 2;
                if (i + 1 < to) {
                    i++;
                } else {
                    highBytes = Utf8.hasHighBytes(b, from, to);
                    return;
                }
            }
        }
        add(cellStart, to);
        // Quoted cells are skipped over, not OR-ed: rescan only lines that had one.
        highBytes = or < 0 || quoted && Utf8.hasHighBytes(b, from, to);
    }

    /** Whether the last split line had non-ASCII bytes (only then does it need UTF-8 validation). */
    boolean highBytes() {
        return highBytes;
    }

    private static int closingQuote(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '"') {
                if (i + 1 < to && b[i + 1] == '"') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return to;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }
}
