// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.util.Arrays;

/** The numeric members of one JSONL line as (key id, value) pairs; reused line after line. */
final class Row {
    private int[] keys = new int[32];
    private double[] values = new double[32];
    private int size;

    void clear() {
        size = 0;
    }

    void put(int key, double value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    int key(int i) {
        return keys[i];
    }

    double value(int i) {
        return values[i];
    }

    /** Value of the key, or NaN when absent; {@link #has} tells the two apart. */
    double get(int key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    boolean has(int key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }
}
