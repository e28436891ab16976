// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a log file for streaming, transparently gunzipping it when it starts with the gzip magic bytes,
 * and guards against gzip bombs: decompression stops with {@link InputLimitExceeded} past
 * {@link #MAX_DECOMPRESSED_BYTES} or when the expansion ratio exceeds {@link #MAX_EXPANSION_RATIO}.
 */
public final class LimitedInput {
    /** Most decompressed bytes read from one gzip file (8 GiB: far above any real metrics log). */
    public static final long MAX_DECOMPRESSED_BYTES = 8L << 30;
    /**
     * Most decompressed bytes per compressed byte, checked once past {@link #RATIO_CHECK_AFTER_BYTES}.
     * Real CSV/JSONL logs compress 3-30x; 1000x means long runs of identical bytes, i.e. a bomb.
     */
    public static final long MAX_EXPANSION_RATIO = 250;
    /** Below this many decompressed bytes the ratio is not checked (tiny files compress oddly). */
    public static final long RATIO_CHECK_AFTER_BYTES = 1L << 20;

    /**
     * Most bytes inflated per read (1 KiB): the inflater loses the output of the call that meets damaged data,
     * so small calls hand out everything before the damage.
     */
    public static final int GZIP_CHUNK_BYTES = 1 << 10;
    private static final int BUFFER_BYTES = 1 << 16;

    private LimitedInput() {
    }

    /** Whether the bytes start with the gzip magic number 1f 8b. */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** Opens the file, decompressing gzip; the caller closes the stream. */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 != 0x1f || b1 != 0x8b) {
            return raw;
        }
        CountingInput compressed = new CountingInput(raw);
        try {
            return new Bounded(new GZIPInputStream(compressed, BUFFER_BYTES), compressed);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads up to {@code max} bytes from the start of the (decompressed) file; fewer if it is shorter, or if its gzip
     * data is cut off or damaged after at least one byte (the reader then reports the damage).
     */
    public static byte[] head(Path file, int max) throws IOException {
        byte[] buf = new byte[max];
        int n = 0;
        try (InputStream in = open(file)) {
            while (n < max) {
                int r = in.read(buf, n, max - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            if (n == 0) {
                throw e;
            }
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    /**
     * Reads the rest of a stream opened by {@link #open}, so that a gzip file's trailer (CRC-32 and length) is
     * checked: JSON parsers stop at the closing brace and never get there.
     *
     * @throws java.util.zip.ZipException when the gzip data after what was parsed is damaged or its CRC is wrong
     */
    public static void readToEnd(InputStream in) throws IOException {
        byte[] skip = new byte[BUFFER_BYTES];
        while (in.read(skip, 0, skip.length) >= 0) {
            // Nothing to keep: reading is what runs the gzip checks.
        }
    }

    /**
     * {@link #readToEnd} for a reader of one JSON document: damage found past the document is logged as an error
     * (the file is corrupt, so the values read may be wrong), never thrown.
     */
    public static void checkRest(InputStream in, ProblemLog problems) throws IOException {
        try {
            readToEnd(in);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.error("", "gzip data after the JSON document is damaged or its CRC check fails ("
                    + e.getMessage() + "): the file is corrupt, so the values read may be wrong");
        }
    }

    /** Counts compressed bytes pulled by the decompressor. */
    private static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Decompressed stream that enforces the size and ratio limits. */
    private static final class Bounded extends FilterInputStream {
        private final CountingInput compressed;
        private long produced;

        Bounded(InputStream in, CountingInput compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, Math.min(len, GZIP_CHUNK_BYTES));
            if (n > 0) {
                produced += n;
                check();
            }
            return n;
        }

        private void check() throws InputLimitExceeded {
            if (produced > MAX_DECOMPRESSED_BYTES) {
                throw new InputLimitExceeded("gzip data expands beyond the limit of "
                        + (MAX_DECOMPRESSED_BYTES >> 20) + " MiB (MAX_DECOMPRESSED_BYTES); rest of file ignored",
                        produced);
            }
            if (produced > RATIO_CHECK_AFTER_BYTES && produced > MAX_EXPANSION_RATIO * Math.max(1, compressed.count)) {
                throw new InputLimitExceeded("gzip data expands more than " + MAX_EXPANSION_RATIO
                        + "x (MAX_EXPANSION_RATIO): looks like a gzip bomb; rest of file ignored", produced);
            }
        }
    }
}
