// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.io.proto.ProtoWriter;

/**
 * Writes TensorBoard event files for tests and the benchmark: TFRecord framing with masked CRC-32C,
 * Events built with {@link ProtoWriter}, and a fast path that streams millions of scalar events.
 */
public final class TfRecordTestWriter {
    private final MaskedCrc32c crc = new MaskedCrc32c();
    private final List<byte[]> records = new ArrayList<>();

    /** Frames {@code data} as one TFRecord. */
    public byte[] frame(byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(data.length);
        b.putInt(crc.of(b.array(), 0, 8));
        b.put(data);
        b.putInt(crc.of(data, 0, data.length));
        return b.array();
    }

    public TfRecordTestWriter add(byte[] eventData) {
        records.add(frame(eventData));
        return this;
    }

    /** All records added so far, concatenated. */
    public byte[] bytes() {
        int n = records.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(n);
        records.forEach(b::put);
        return b.array();
    }

    /** File offset of record {@code index}. */
    public long offsetOf(int index) {
        long offset = 0;
        for (int i = 0; i < index; i++) {
            offset += records.get(i).length;
        }
        return offset;
    }

    public static byte[] fileVersionEvent(double wallTime) {
        return new ProtoWriter().doubleField(1, wallTime).string(3, "brain.Event:2").toByteArray();
    }

    /** Event{wall_time, step, summary{value{tag, simple_value}}}. */
    public static byte[] simpleScalarEvent(long step, double wallTime, String tag, float value) {
        ProtoWriter v = new ProtoWriter().string(1, tag).floatField(2, value);
        return new ProtoWriter().doubleField(1, wallTime).varint(2, step)
                .message(5, new ProtoWriter().message(1, v)).toByteArray();
    }

    /** Event with one Value carrying {@code tensor}, plus "scalars" plugin metadata if asked. */
    public static byte[] tensorEvent(long step, double wallTime, String tag, ProtoWriter tensor, boolean withMetadata) {
        ProtoWriter v = new ProtoWriter().string(1, tag);
        if (withMetadata) {
            v.message(9, new ProtoWriter().message(1, new ProtoWriter().string(1, "scalars")));
        }
        v.message(8, tensor);
        return new ProtoWriter().doubleField(1, wallTime).varint(2, step)
                .message(5, new ProtoWriter().message(1, v)).toByteArray();
    }

    /** A rank-0 TensorProto of {@code dtype} holding {@code content} as tensor_content. */
    public static ProtoWriter tensorContent(int dtype, byte[] content) {
        return new ProtoWriter().varint(1, dtype).message(2, new ProtoWriter()).bytes(4, content);
    }

    /**
     * Streams {@code points} simple_value events round-robin over {@code tags} (step = i / tags, value =
     * a cheap function of i, wall time 1.7e9 + i / 1000) straight to disk, without building messages.
     *
     * @return the file size in bytes
     */
    public static long writeScalarFile(Path file, long points, String... tags) throws IOException {
        MaskedCrc32c crc = new MaskedCrc32c();
        byte[][] tagBytes = new byte[tags.length][];
        for (int i = 0; i < tags.length; i++) {
            tagBytes[i] = tags[i].getBytes(StandardCharsets.UTF_8);
        }
        ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        byte[] event = new byte[256];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long i = 0; i < points; i++) {
                int t = (int) (i % tags.length);
                int n = encodeScalar(event, i / tags.length, 1.7e9 + i / 1000.0, tagBytes[t], expectedValue(i));
                if (out.remaining() < n + 16) {
                    flush(ch, out);
                }
                int start = out.position();
                out.putLong(n);
                out.putInt(crc.of(out.array(), start, 8));
                out.put(event, 0, n);
                out.putInt(crc.of(event, 0, n));
            }
            flush(ch, out);
            return ch.size();
        }
    }

    /** The value {@link #writeScalarFile} writes for point {@code i}. */
    public static float expectedValue(long i) {
        return (float) (1.0 / (1 + (i % 1000)));
    }

    private static int encodeScalar(byte[] e, long step, double wallTime, byte[] tag, float value) {
        ByteBuffer b = ByteBuffer.wrap(e).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x09).putDouble(wallTime);
        b.put((byte) 0x10);
        putVarint(b, step);
        int valueLength = 2 + tag.length + 5;
        b.put((byte) 0x2a).put((byte) (valueLength + 2));
        b.put((byte) 0x0a).put((byte) valueLength);
        b.put((byte) 0x0a).put((byte) tag.length).put(tag);
        b.put((byte) 0x15).putFloat(value);
        return b.position();
    }

    private static void putVarint(ByteBuffer b, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            b.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
    }

    private static void flush(FileChannel ch, ByteBuffer out) throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            ch.write(out);
        }
        out.clear();
    }
}
