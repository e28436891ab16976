// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 record reader: comma-separated, double-quoted cells that may hold commas, doubled
 * quotes and line breaks (Epoch AI's CSV has multi-line abstracts), CRLF or LF line ends, a leading
 * byte-order mark skipped. Not thread-safe.
 */
public final class CsvParser {
    /** A single cell longer than this is refused: no real data set has one, a corrupt file might. */
    static final int MAX_CELL_CHARS = 1 << 20;
    /** A record with more cells than this is refused. */
    static final int MAX_CELLS = 10_000;

    private final Reader in;
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;
    private int recordStartLine = 1;
    private int pushedBack = -2;
    private boolean first = true;

    public CsvParser(Reader in) {
        this.in = in;
    }

    /** Line (1-based) on which the record last returned by {@link #next()} started. */
    public int recordStartLine() {
        return recordStartLine;
    }

    /**
     * Reads the next record.
     *
     * @return its cells, or null at the end of the input
     * @throws CsvFormatException when a cell or record exceeds the limits or a quote is never closed
     */
    public List<String> next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordStartLine = line;
        List<String> cells = new ArrayList<>();
        cell.setLength(0);
        boolean quoted = false;
        boolean cellWasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException("a quoted cell that starts on line " + recordStartLine
                            + " is never closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append((char) c);
                }
            } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                cells.add(cellWasQuoted ? cell.toString() : cell.toString().trim());
                if (cells.size() > MAX_CELLS) {
                    throw new CsvFormatException("more than " + MAX_CELLS + " cells in one record");
                }
                cell.setLength(0);
                cellWasQuoted = false;
                if (c == ',') {
                    c = read();
                    continue;
                }
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                if (c != -1) {
                    line++;
                }
                return cells;
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                cellWasQuoted = true;
            } else {
                append((char) c);
            }
            c = read();
        }
    }

    private void append(char ch) {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new CsvFormatException("a cell on line " + line + " is longer than " + MAX_CELL_CHARS + " characters");
        }
        cell.append(ch);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The file is not CSV we can read (unclosed quote, absurd sizes); carries a message for the user. */
    public static final class CsvFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CsvFormatException(String message) {
            super(message);
        }
    }
}
