// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.proto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Minimal protobuf wire-format encoder for building test inputs (the production code only decodes). */
public final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public ProtoWriter varint(int field, long value) {
        key(field, 0);
        rawVarint(value);
        return this;
    }

    public ProtoWriter fixed64(int field, long bits) {
        key(field, 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)));
        }
        return this;
    }

    public ProtoWriter doubleField(int field, double value) {
        return fixed64(field, Double.doubleToRawLongBits(value));
    }

    public ProtoWriter fixed32(int field, int bits) {
        key(field, 5);
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return this;
    }

    public ProtoWriter floatField(int field, float value) {
        return fixed32(field, Float.floatToRawIntBits(value));
    }

    public ProtoWriter bytes(int field, byte[] value) {
        key(field, 2);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    public ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    public ProtoWriter message(int field, ProtoWriter nested) {
        return bytes(field, nested.toByteArray());
    }

    /** Appends raw bytes (for hand-made malformed input). */
    public ProtoWriter raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public void key(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    public void rawVarint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
