// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;

/**
 * Reads IDX files (the format of MNIST and Fashion-MNIST, http://yann.lecun.com/exdb/mnist/), gzip'ed or raw.
 *
 * <p>Only unsigned-byte data (type 0x08) is accepted, which is what every MNIST-style file uses. A file that is cut short
 * keeps its complete items and reports an error naming the file and the byte offset; a bad header gives an empty
 * array and an error. Never throws on bad content, only on I/O failure.
 */
public final class IdxReader {
    /** Largest tensor we accept (bytes): full MNIST train images are 47 MB; this leaves room for bigger sets. */
    public static final long MAX_BYTES = 1L << 30;
    private static final int TYPE_UNSIGNED_BYTE = 0x08;
    private static final int MAX_DIMS = 4;

    /** Reads {@code file}; gzip is detected from the first two bytes, not the name. */
    public ParseResult<IdxArray> read(Path file) throws IOException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = open(file)) {
            DataInputStream data = new DataInputStream(in);
            int[] dims = readHeader(data, name, problems);
            if (dims == null) {
                return new ParseResult<>(empty(name), problems);
            }
            return readBody(data, name, dims, problems);
        } catch (ZipException | EOFException e) {
            problems.add(Problem.error(name, "header", "not a complete IDX file (" + e.getMessage() + ")"));
            return new ParseResult<>(empty(name), problems);
        }
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    private static IdxArray empty(String name) {
        return new IdxArray(name, new int[] {0}, new byte[0]);
    }

    private static int[] readHeader(DataInputStream in, String name, List<Problem> problems) throws IOException {
        int magic = in.readInt();
        int type = (magic >>> 8) & 0xff;
        int rank = magic & 0xff;
        if ((magic >>> 16) != 0 || rank < 1 || rank > MAX_DIMS) {
            problems.add(Problem.error(name, "byte 0", String.format(java.util.Locale.ROOT,
                    "bad IDX magic number 0x%08x (expected 0x0000TTNN with 1..%d dimensions)", magic, MAX_DIMS)));
            return null;
        }
        if (type != TYPE_UNSIGNED_BYTE) {
            problems.add(Problem.error(name, "byte 2", String.format(java.util.Locale.ROOT,
                    "IDX data type 0x%02x is not supported (only unsigned bytes, 0x08)", type)));
            return null;
        }
        int[] dims = new int[rank];
        long total = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0 || (i > 0 && dims[i] == 0)) {
                problems.add(Problem.error(name, "byte " + (4 + 4 * i), "dimension " + i + " is " + dims[i]));
                return null;
            }
            total *= dims[i];
            if (total > MAX_BYTES) {
                problems.add(Problem.error(name, "header", "dimensions " + Arrays.toString(Arrays.copyOf(dims, i + 1))
                        + " exceed the limit of " + MAX_BYTES + " bytes"));
                return null;
            }
        }
        return dims;
    }

    private static ParseResult<IdxArray> readBody(DataInputStream in, String name, int[] dims, List<Problem> problems)
            throws IOException {
        int headerBytes = 4 + 4 * dims.length;
        byte[] data = new byte[(int) IdxArray.elementCount(dims)];
        int read = readFully(in, data);
        if (read < data.length) {
            long itemSize = data.length / Math.max(1, dims[0]);
            int complete = (int) (read / itemSize);
            problems.add(Problem.error(name, "byte " + (headerBytes + read), "file ends after " + complete + " of "
                    + dims[0] + " items (" + read + " of " + data.length + " data bytes)"));
            dims[0] = complete;
            data = Arrays.copyOf(data, (int) (complete * itemSize));
        } else if (in.read() >= 0) {
            problems.add(Problem.warning(name, "byte " + (headerBytes + data.length),
                    "extra bytes after the " + dims[0] + " items declared in the header were ignored"));
        }
        return new ParseResult<>(new IdxArray(name, dims, data), problems);
    }

    /** Reads as much as the stream gives; a gzip stream cut short ends the read instead of losing what came before. */
    private static int readFully(InputStream in, byte[] data) throws IOException {
        int read = 0;
        try {
            while (read < data.length) {
                int n = in.read(data, read, Math.min(1 << 16, data.length - read));
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (EOFException | ZipException e) {
            return read;
        }
        return read;
    }
}
