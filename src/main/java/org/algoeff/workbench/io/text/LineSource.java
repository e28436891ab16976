// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams lines of a text file as byte ranges of one reused buffer (no String per line), so that CSV and
 * JSONL parse at disk speed. LF and CRLF endings are both accepted; the line excludes the terminator.
 * Not thread-safe.
 */
public final class LineSource implements Closeable {
    /** Longest line accepted; a longer one means the file is not a line-oriented log (or is binary). */
    public static final int MAX_LINE_BYTES = 4 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private long consumedBefore;
    private long lineOffset;

    public LineSource(InputStream in) {
        this.in = in;
    }

    /**
     * Advances to the next line.
     *
     * @return false at end of input
     * @throws InputLimitExceeded when a line is longer than {@link #MAX_LINE_BYTES}
     */
    public boolean next() throws IOException {
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                setLine(pos, nl);
                pos = nl + 1;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private int indexOfNewline(int from, int to) {
        byte[] b = buf;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void setLine(int start, int end) {
        lineStart = start;
        lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        lineNumber++;
        lineOffset = consumedBefore + start;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumedBefore += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length > MAX_LINE_BYTES) {
                throw new InputLimitExceeded("line " + (lineNumber + 1) + " is longer than " + (MAX_LINE_BYTES >> 20)
                        + " MiB (MAX_LINE_BYTES): not a line-oriented text log", consumedBefore);
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The buffer holding the current line; valid until the next call to {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return lineStart;
    }

    /** Exclusive end of the current line (CR stripped). */
    public int end() {
        return lineEnd;
    }

    /** 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Byte offset of the current line's first byte in the (decompressed) input. */
    public long lineOffset() {
        return lineOffset;
    }

    /** Bytes consumed so far, for progress reporting. */
    public long bytesRead() {
        return consumedBefore + pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
