// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxReaderTest {
    private static final Path DIGITS = Path.of("sample-data", "mnist-10k");

    @TempDir
    Path tmp;

    private final IdxReader reader = new IdxReader();

    @Test
    void readsTheShippedDigitsAsTheReadmeDescribesThem() throws IOException {
        ParseResult<Optional<ImageDataset>> r = new ImageDatasetReader().read(DIGITS);
        assertEquals(java.util.List.of(), r.problems());
        ImageDataset d = r.value().orElseThrow();
        assertEquals(8000, d.train().count());
        assertEquals(2000, d.test().count());
        assertEquals(28, d.train().height());
        assertEquals(28, d.train().width());
        int[] first16 = new int[16];
        for (int i = 0; i < 16; i++) {
            first16[i] = d.test().label(i);
        }
        assertEquals("[3, 7, 6, 2, 4, 3, 0, 4, 6, 4, 3, 3, 0, 1, 1, 3]", Arrays.toString(first16));
        int[] counts = new int[10];
        for (int i = 0; i < d.train().count(); i++) {
            counts[d.train().label(i)]++;
        }
        assertEquals("[796, 927, 780, 806, 781, 685, 826, 863, 768, 768]", Arrays.toString(counts));
    }

    @Test
    void sharedCopyAndRawFilesReadTheSame() throws IOException {
        Path shared = SharedData.require("datasets/mnist-10k/t10k-labels-idx1-ubyte.gz");
        Path raw = tmp.resolve("t10k-labels-idx1-ubyte");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared))) {
            Files.write(raw, in.readAllBytes());
        }
        IdxArray a = reader.read(shared).value();
        IdxArray b = reader.read(raw).value();
        assertEquals(2000, a.count());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(a.unsigned(i), b.unsigned(i));
        }
    }

    private static byte[] idx(int type, int[] dims, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + dataBytes);
        b.putInt((type << 8) | dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        for (int i = 0; i < dataBytes; i++) {
            b.put((byte) (i % 7));
        }
        return b.array();
    }

    private ParseResult<IdxArray> read(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return reader.read(f);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static Problem only(ParseResult<IdxArray> r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void truncatedRawFileKeepsCompleteItems() throws IOException {
        byte[] full = idx(8, new int[] {5, 2, 2}, 20);
        ParseResult<IdxArray> r = read("cut", Arrays.copyOf(full, full.length - 6));
        assertEquals(3, r.value().count());
        Problem p = only(r);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.source().endsWith("cut") && p.message().contains("3 of 5"), p.describe());
    }

    @Test
    void truncatedGzipKeepsWhatCameBefore() throws IOException {
        byte[] gz = gzip(idx(8, new int[] {1000, 28, 28}, 1000 * 784));
        ParseResult<IdxArray> r = read("cut.gz", Arrays.copyOf(gz, gz.length / 2));
        assertTrue(r.value().count() < 1000);
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).describe().contains("cut.gz"));
    }

    @Test
    void badHeadersAreReportedNotThrown() throws IOException {
        assertTrue(only(read("magic", new byte[] {1, 2, 3, 4, 0, 0, 0, 1})).message().contains("magic"));
        assertTrue(only(read("float", idx(0x0d, new int[] {2}, 8))).message().contains("not supported"));
        assertTrue(only(read("empty", new byte[0])).message().contains("not a complete IDX file"));
        assertTrue(only(read("huge", idx(8, new int[] {60000, 60000, 60000}, 0))).message().contains("exceed"));
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        junk[0] = 0x1f;
        junk[1] = (byte) 0x8b;
        assertTrue(read("junk.gz", junk).hasErrors());
    }

    @Test
    void extraBytesAreAWarning() throws IOException {
        byte[] full = idx(8, new int[] {2}, 3);
        ParseResult<IdxArray> r = read("extra", full);
        assertEquals(2, r.value().count());
        assertEquals(Severity.WARNING, only(r).severity());
    }

    @Test
    void mismatchedSplitsAndBadLabelsNameTheFile() throws IOException {
        Files.write(tmp.resolve("train-images-idx3-ubyte"), idx(8, new int[] {3, 2, 2}, 12));
        Files.write(tmp.resolve("train-labels-idx1-ubyte"), idx(8, new int[] {2}, 2));
        Files.write(tmp.resolve("t10k-images-idx3-ubyte"), idx(8, new int[] {2, 2, 2}, 8));
        byte[] labels = idx(8, new int[] {2}, 2);
        labels[labels.length - 1] = 42;
        Files.write(tmp.resolve("t10k-labels-idx1-ubyte"), labels);
        ParseResult<Optional<ImageDataset>> r = new ImageDatasetReader().read(tmp);
        assertTrue(r.value().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.source().endsWith("train-labels-idx1-ubyte")
                && p.message().contains("2 labels for 3 images")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.source().endsWith("t10k-labels-idx1-ubyte")
                && p.message().contains("label 42")), r.problems().toString());
    }
}
