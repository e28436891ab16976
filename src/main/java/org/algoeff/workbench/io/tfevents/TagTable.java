// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a tag's series by its UTF-8 bytes without building a String per value (the hot loop sees the
 * same few tags millions of times). Open addressing with linear probing; not thread-safe.
 */
final class TagTable {
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[][] keys = new byte[64][];
    private TagSeries[] values = new TagSeries[64];
    private final List<TagSeries> inOrder = new ArrayList<>();

    /** The series for the tag in {@code buf[offset, offset + length)}, or null if absent. */
    TagSeries find(byte[] buf, int offset, int length) {
        int mask = keys.length - 1;
        for (int i = hash(buf, offset, length) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (Arrays.equals(keys[i], 0, keys[i].length, buf, offset, offset + length)) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds a new tag (caller checked {@link #find} first). */
    TagSeries add(byte[] buf, int offset, int length) {
        if (inOrder.size() * 2 >= keys.length) {
            grow();
        }
        byte[] key = Arrays.copyOfRange(buf, offset, offset + length);
        TagSeries series = new TagSeries(new String(key, StandardCharsets.UTF_8));
        insert(key, series);
        inOrder.add(series);
        return series;
    }

    int size() {
        return inOrder.size();
    }

    /** All tags in the order first seen. */
    List<TagSeries> inOrder() {
        return inOrder;
    }

    private void insert(byte[] key, TagSeries series) {
        int mask = keys.length - 1;
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = series;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        TagSeries[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new TagSeries[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /**
     * Hash over every byte of the tag, 8 at a time: a hash of a few bytes only (length, first and last 8) let
     * crafted tags that share them collide by the thousand and made the table quadratic (reliability audit R3).
     */
    static int hash(byte[] buf, int offset, int length) {
        long h = length;
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LE_LONG.get(buf, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        for (; i < end; i++) {
            h = (h ^ (buf[i] & 0xFF)) * 0x100000001B3L;
        }
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
