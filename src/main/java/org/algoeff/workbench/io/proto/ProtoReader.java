// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.proto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Cursor over protobuf wire-format bytes (https://protobuf.dev/programming-guides/encoding/) in a byte
 * array slice. Nested messages are read in place with {@link #pushLimit(int)} / {@link #popLimit(int)},
 * so decoding allocates nothing unless a string is asked for. Not thread-safe; reusable via {@link #reset}.
 *
 * <p>Every malformed input (truncated varint, length past the end, group or unknown wire type) throws
 * {@link ProtoFormatException}; no other exception escapes for any input bytes.
 */
public final class ProtoReader {
    public static final int WIRE_VARINT = 0;
    public static final int WIRE_FIXED64 = 1;
    public static final int WIRE_LEN = 2;
    public static final int WIRE_START_GROUP = 3;
    public static final int WIRE_END_GROUP = 4;
    public static final int WIRE_FIXED32 = 5;

    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int pos;
    private int limit;

    public ProtoReader() {
        this(new byte[0], 0, 0);
    }

    public ProtoReader(byte[] buf, int offset, int length) {
        reset(buf, offset, length);
    }

    /** Points the cursor at {@code buf[offset, offset + length)}. */
    public ProtoReader reset(byte[] newBuf, int offset, int length) {
        if (offset < 0 || length < 0 || offset > newBuf.length - length) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + length + " of " + newBuf.length);
        }
        this.buf = newBuf;
        this.pos = offset;
        this.limit = offset + length;
        return this;
    }

    public byte[] buffer() {
        return buf;
    }

    public int position() {
        return pos;
    }

    public int limit() {
        return limit;
    }

    public boolean hasRemaining() {
        return pos < limit;
    }

    /** Reads the next field key (field number << 3 | wire type); rejects field number 0. */
    public int readTag() throws ProtoFormatException {
        int start = pos;
        long key = readVarint();
        if ((key >>> 3) == 0 || key > 0xFFFF_FFFFL) {
            throw new ProtoFormatException("invalid field key " + key, start);
        }
        return (int) key;
    }

    public static int fieldNumber(int tag) {
        return tag >>> 3;
    }

    public static int wireType(int tag) {
        return tag & 7;
    }

    /** Reads a base-128 varint of at most 10 bytes. */
    public long readVarint() throws ProtoFormatException {
        if (pos < limit && buf[pos] >= 0) {
            return buf[pos++]; // one-byte fast path: field keys, small steps and lengths
        }
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw new ProtoFormatException("truncated varint", pos);
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw new ProtoFormatException("varint longer than 10 bytes", pos);
    }

    public int readFixed32() throws ProtoFormatException {
        require(4);
        int v = (int) LE_INT.get(buf, pos);
        pos += 4;
        return v;
    }

    public long readFixed64() throws ProtoFormatException {
        require(8);
        long v = (long) LE_LONG.get(buf, pos);
        pos += 8;
        return v;
    }

    public float readFloat() throws ProtoFormatException {
        return Float.intBitsToFloat(readFixed32());
    }

    public double readDouble() throws ProtoFormatException {
        return Double.longBitsToDouble(readFixed64());
    }

    /** Reads the length prefix of a length-delimited field and checks that the bytes are there. */
    public int readLength() throws ProtoFormatException {
        int start = pos;
        long length = readVarint();
        if (length < 0 || length > limit - pos) {
            throw new ProtoFormatException("length " + length + " runs past the end (" + (limit - pos)
                    + " bytes left)", start);
        }
        return (int) length;
    }

    /** Restricts reading to the next {@code length} bytes; returns the old limit for {@link #popLimit}. */
    public int pushLimit(int length) throws ProtoFormatException {
        require(length);
        int old = limit;
        limit = pos + length;
        return old;
    }

    /** Skips what is left of the current message and restores the enclosing limit. */
    public void popLimit(int oldLimit) {
        pos = limit;
        limit = oldLimit;
    }

    /** Skips {@code length} bytes. */
    public void skipBytes(int length) throws ProtoFormatException {
        require(length);
        pos += length;
    }

    /** Reads a length-delimited UTF-8 string (invalid UTF-8 becomes U+FFFD). */
    public String readString() throws ProtoFormatException {
        int length = readLength();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    /** Skips the value of a field whose key was just read; groups are rejected as malformed. */
    public void skipField(int tag) throws ProtoFormatException {
        switch (wireType(tag)) {
            case WIRE_VARINT -> readVarint();
            case WIRE_FIXED64 -> skipBytes(8);
            case WIRE_LEN -> skipBytes(readLength());
            case WIRE_FIXED32 -> skipBytes(4);
            // Groups are deprecated since proto2 and never occur in TensorBoard or W&B messages, so a
            // group here means corrupt data; refusing is safer than guessing where it ends.
            default -> throw new ProtoFormatException("unsupported wire type " + wireType(tag)
                    + " for field " + fieldNumber(tag), pos);
        }
    }

    private void require(int n) throws ProtoFormatException {
        if (n < 0 || n > limit - pos) {
            throw new ProtoFormatException("field needs " + n + " bytes, " + (limit - pos) + " left", pos);
        }
    }
}
