// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams lines of a text file as byte ranges of one reused buffer (no String per line), so that CSV and
 * JSONL parse at disk speed. LF and CRLF endings are both accepted; the line excludes the terminator.
 *
 * <p>Nothing valid is lost to damage further on: a line longer than {@link #MAX_LINE_BYTES} is skipped (the
 * caller sees it as {@link #overlong()} and reports it) and reading goes on after it; a read error (damaged gzip
 * data) is held back until every complete line before it has been handed out, and then thrown. The last line
 * is {@link #unterminated()} when the input ends without a line end: a log cut while being written ends so.
 * Not thread-safe.
 */
public final class LineSource implements Closeable {
    /** Longest line accepted (4 MiB); a longer one is skipped and reported. */
    public static final int MAX_LINE_BYTES = 4 << 20;
    private static final int INITIAL_BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[INITIAL_BUFFER_BYTES];
    private int pos;
    private int limit;
    private int scanned;
    private boolean eof;
    private IOException pending;
    private boolean skipping;
    private boolean overlong;
    private boolean unterminated;
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
     * @throws IOException a read error of the input, once every line before it has been returned
     */
    public boolean next() throws IOException {
        while (true) {
            int nl = indexOfNewline(Math.max(pos, scanned), limit);
            if (nl >= 0) {
                setLine(pos, nl, skipping, false);
                skipping = false;
                pos = nl + 1;
                scanned = pos;
                return true;
            }
            scanned = limit;
            if (eof) {
                if (pos < limit || skipping) {
                    setLine(pos, limit, skipping, true);
                    skipping = false;
                    pos = limit;
                    return true;
                }
                if (pending != null) {
                    IOException e = pending;
                    pending = null;
                    throw e;
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

    private void setLine(int start, int end, boolean tooLong, boolean atEof) {
        overlong = tooLong;
        unterminated = atEof;
        lineStart = tooLong ? end : start;
        lineEnd = !tooLong && end > start && buf[end - 1] == '\r' ? end - 1 : end;
        lineNumber++;
        lineOffset = consumedBefore + start;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumedBefore += pos;
            scanned -= pos;
            limit -= pos;
            pos = 0;
        }
        if (limit >= MAX_LINE_BYTES) {
            // The line is too long: drop what is buffered, keep scanning for its end.
            skipping = true;
            consumedBefore += limit;
            limit = 0;
            scanned = 0;
        } else if (limit == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE_BYTES + 1));
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            eof = true;
            pending = e;
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

    /** Whether the current line was longer than {@link #MAX_LINE_BYTES}: its bytes are gone, the range is empty. */
    public boolean overlong() {
        return overlong;
    }

    /** Whether the current line is the last and has no line end (the file may have been cut mid-line). */
    public boolean unterminated() {
        return unterminated;
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

    /** The problem text for an {@link #overlong()} line. */
    public String overlongMessage() {
        return "line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB (MAX_LINE_BYTES); skipped";
    }

    /** How many NUL bytes [from, to) holds: a crash that zero-fills a file's tail leaves lines of them. */
    public static int nulCount(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == 0) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
