// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.algoeff.workbench.io.proto.ProtoFormatException;
import org.algoeff.workbench.io.proto.ProtoReader;

/**
 * Reads the single value of a rank-0 {@code tensorboard.TensorProto} (tensor.proto) as a double. Handles
 * the dtypes TF2 and PyTorch write for scalars: float, double, half, bfloat16, the int types and bool,
 * from either the typed {@code *_val} fields or {@code tensor_content}. Mutable, one per reader.
 */
final class TensorScalarDecoder {
    /** Why a tensor gave no value (NOT_RANK_0: more or fewer than one element). */
    enum Outcome { OK, NOT_RANK_0, UNSUPPORTED_DTYPE, NO_VALUE }

    // DataType enum values from tensorflow/core/framework/types.proto.
    static final int DT_FLOAT = 1;
    static final int DT_DOUBLE = 2;
    static final int DT_INT32 = 3;
    static final int DT_UINT8 = 4;
    static final int DT_INT16 = 5;
    static final int DT_INT8 = 6;
    static final int DT_INT64 = 9;
    static final int DT_BOOL = 10;
    static final int DT_BFLOAT16 = 14;
    static final int DT_UINT16 = 17;
    static final int DT_HALF = 19;

    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE_SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private int dtype;
    private boolean rankAboveZero;
    private int contentOffset;
    private int contentLength;
    private int valueCount;
    private double firstValue;
    private double value;

    /** The value of the last {@link Outcome#OK} decode. */
    double value() {
        return value;
    }

    int dtype() {
        return dtype;
    }

    /** Decodes the TensorProto that fills the reader up to its current limit. */
    Outcome decode(ProtoReader in) throws ProtoFormatException {
        dtype = 0;
        rankAboveZero = false;
        contentOffset = -1;
        contentLength = 0;
        valueCount = 0;
        while (in.hasRemaining()) {
            int tag = in.readTag();
            readField(in, tag);
        }
        if (rankAboveZero) {
            return Outcome.NOT_RANK_0;
        }
        return resolve(in.buffer());
    }

    private void readField(ProtoReader in, int tag) throws ProtoFormatException {
        int field = ProtoReader.fieldNumber(tag);
        int wire = ProtoReader.wireType(tag);
        if (field == 1 && wire == ProtoReader.WIRE_VARINT) {
            dtype = (int) in.readVarint();
        } else if (field == 2 && wire == ProtoReader.WIRE_LEN) {
            readShape(in);
        } else if (field == 4 && wire == ProtoReader.WIRE_LEN) {
            contentLength = in.readLength();
            contentOffset = in.position();
            in.skipBytes(contentLength);
        } else if (isValueField(field)) {
            readValues(in, field, wire);
        } else {
            in.skipField(tag);
        }
    }

    private static boolean isValueField(int field) {
        // float_val 5, double_val 6, int_val 7, int64_val 10, bool_val 11, half_val 13
        return field == 5 || field == 6 || field == 7 || field == 10 || field == 11 || field == 13;
    }

    /**
     * TensorShapeProto: {@code dim} (2) = Dim {size 1}, {@code unknown_rank} (3). A scalar has no dims; a
     * shape of all 1s ([1], [1, 1]) also holds exactly one value and is accepted, like TB's Python loader.
     */
    private void readShape(ProtoReader in) throws ProtoFormatException {
        int old = in.pushLimit(in.readLength());
        while (in.hasRemaining()) {
            int tag = in.readTag();
            if (tag == ((2 << 3) | ProtoReader.WIRE_LEN)) {
                int dim = in.pushLimit(in.readLength());
                long size = 0; // proto3 default when the size field is absent
                while (in.hasRemaining()) {
                    int inner = in.readTag();
                    if (inner == ((1 << 3) | ProtoReader.WIRE_VARINT)) {
                        size = in.readVarint();
                    } else {
                        in.skipField(inner);
                    }
                }
                in.popLimit(dim);
                rankAboveZero |= size != 1;
            } else if (tag == ((3 << 3) | ProtoReader.WIRE_VARINT)) {
                rankAboveZero |= in.readVarint() != 0;
            } else {
                in.skipField(tag);
            }
        }
        in.popLimit(old);
    }

    /** Typed values, packed (one LEN field) or not (one field per element); only the first is kept. */
    private void readValues(ProtoReader in, int field, int wire) throws ProtoFormatException {
        if (wire == ProtoReader.WIRE_LEN) {
            int old = in.pushLimit(in.readLength());
            while (in.hasRemaining()) {
                readOneValue(in, field, elementWire(field));
            }
            in.popLimit(old);
        } else {
            readOneValue(in, field, wire);
        }
    }

    private static int elementWire(int field) {
        return field == 5 ? ProtoReader.WIRE_FIXED32 : field == 6 ? ProtoReader.WIRE_FIXED64 : ProtoReader.WIRE_VARINT;
    }

    private void readOneValue(ProtoReader in, int field, int wire) throws ProtoFormatException {
        double v;
        if (wire == ProtoReader.WIRE_FIXED32 && field == 5) {
            v = in.readFloat();
        } else if (wire == ProtoReader.WIRE_FIXED64 && field == 6) {
            v = in.readDouble();
        } else if (wire == ProtoReader.WIRE_VARINT) {
            long raw = in.readVarint();
            v = field == 13 ? halfBits(dtype, (int) raw) : field == 10 ? raw : field == 11 ? (raw != 0 ? 1 : 0) : (int) raw;
        } else {
            throw new ProtoFormatException("wire type " + wire + " for tensor value field " + field, in.position());
        }
        if (valueCount++ == 0) {
            firstValue = v;
        }
    }

    private Outcome resolve(byte[] buf) {
        if (valueCount == 1) {
            value = firstValue;
            return Outcome.OK;
        }
        int size = elementSize(dtype);
        if (size == 0) {
            return Outcome.UNSUPPORTED_DTYPE;
        }
        if (valueCount > 1 || contentLength != size) {
            return Outcome.NO_VALUE;
        }
        value = fromContent(buf, contentOffset);
        return Outcome.OK;
    }

    private static int elementSize(int dtype) {
        return switch (dtype) {
            case DT_FLOAT, DT_INT32 -> 4;
            case DT_DOUBLE, DT_INT64 -> 8;
            case DT_HALF, DT_BFLOAT16, DT_INT16, DT_UINT16 -> 2;
            case DT_INT8, DT_UINT8, DT_BOOL -> 1;
            default -> 0;
        };
    }

    private double fromContent(byte[] buf, int at) {
        return switch (dtype) {
            case DT_FLOAT -> Float.intBitsToFloat((int) LE_INT.get(buf, at));
            case DT_INT32 -> (int) LE_INT.get(buf, at);
            case DT_DOUBLE -> Double.longBitsToDouble((long) LE_LONG.get(buf, at));
            case DT_INT64 -> (long) LE_LONG.get(buf, at);
            case DT_HALF, DT_BFLOAT16 -> halfBits(dtype, (short) LE_SHORT.get(buf, at) & 0xFFFF);
            case DT_INT16 -> (short) LE_SHORT.get(buf, at);
            case DT_UINT16 -> (short) LE_SHORT.get(buf, at) & 0xFFFF;
            case DT_INT8 -> buf[at];
            case DT_UINT8 -> buf[at] & 0xFF;
            default -> buf[at] != 0 ? 1 : 0;
        };
    }

    /** half_val holds IEEE binary16 bits for DT_HALF and the top 16 bits of a float for DT_BFLOAT16. */
    static double halfBits(int dtype, int bits) {
        if (dtype == DT_BFLOAT16) {
            return Float.intBitsToFloat((bits & 0xFFFF) << 16);
        }
        int sign = (bits >>> 15) & 1;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        double magnitude;
        if (exponent == 0) {
            magnitude = mantissa * 0x1p-24;
        } else if (exponent == 31) {
            magnitude = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = (1024 + mantissa) * Math.scalb(1.0, exponent - 25);
        }
        return sign == 0 ? magnitude : -magnitude;
    }
}
