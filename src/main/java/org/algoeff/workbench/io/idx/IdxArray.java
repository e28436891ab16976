// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.idx;

import java.util.Arrays;
import java.util.Objects;

/**
 * An unsigned-byte IDX tensor as read from disk: its dimensions (first = item count) and its bytes in row-major order.
 * Immutable by contract: the byte array is owned by this object and read through {@link #unsigned(long)}.
 */
public final class IdxArray {
    private final String source;
    private final int[] dims;
    private final byte[] data;

    /** Takes ownership of {@code data}; its length must be the product of {@code dims}. */
    public IdxArray(String source, int[] dims, byte[] data) {
        this.source = Objects.requireNonNull(source, "source");
        this.dims = dims.clone();
        this.data = Objects.requireNonNull(data, "data");
        if (elementCount(this.dims) != data.length) {
            throw new IllegalArgumentException(source + ": " + data.length + " bytes for dimensions " + Arrays.toString(dims));
        }
    }

    static long elementCount(int[] dims) {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    public String source() {
        return source;
    }

    /** Number of items (the first dimension). */
    public int count() {
        return dims[0];
    }

    public int[] dims() {
        return dims.clone();
    }

    /** Bytes per item (product of all dimensions but the first). */
    public int itemSize() {
        return (int) (data.length / Math.max(1, dims[0]));
    }

    /** The element at flat index {@code i}, as 0..255. */
    public int unsigned(long i) {
        return data[(int) i] & 0xff;
    }

    /** Copies item {@code item}'s bytes, scaled to 0..1, into {@code out} at {@code offset}. */
    public void copyScaled(int item, float[] out, int offset) {
        int size = itemSize();
        int base = item * size;
        for (int j = 0; j < size; j++) {
            out[offset + j] = (data[base + j] & 0xff) / 255f;
        }
    }

    /** Items {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public IdxArray slice(int from, int to) {
        if (from < 0 || to > count() || from > to) {
            throw new IllegalArgumentException(source + ": no items " + from + ".." + to + " of " + count());
        }
        int[] newDims = dims.clone();
        newDims[0] = to - from;
        return new IdxArray(source, newDims, Arrays.copyOfRange(data, from * itemSize(), to * itemSize()));
    }

    /** The first {@code n} items (all of them when {@code n} is not smaller than the count). */
    public IdxArray head(int n) {
        if (n < 0 || n >= count()) {
            return this;
        }
        int[] newDims = dims.clone();
        newDims[0] = n;
        return new IdxArray(source, newDims, Arrays.copyOf(data, n * itemSize()));
    }
}
