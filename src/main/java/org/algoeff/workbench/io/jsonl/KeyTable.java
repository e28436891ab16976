// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.text.SeriesCap;

/**
 * Interns JSON keys to small ints without creating a String per key per line: JSONL writers emit keys in
 * the same order on every line, so the key at position i is first compared with the one seen there last.
 * Holds at most {@link SeriesCap#MAX_SERIES_PER_FILE} keys.
 */
final class KeyTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private byte[][] lastBytes = new byte[16][];
    private int[] lastIds = new int[16];
    private boolean full;

    /** Whether a key was refused because the table is full. */
    boolean full() {
        return full;
    }

    int id(byte[] b, int from, int to, int position) {
        if (position < lastBytes.length) {
            byte[] last = lastBytes[position];
            if (last != null && Arrays.equals(last, 0, last.length, b, from, to)) {
                return lastIds[position];
            }
        } else {
            lastBytes = Arrays.copyOf(lastBytes, position * 2 + 1);
            lastIds = Arrays.copyOf(lastIds, position * 2 + 1);
        }
        int id = id(new String(b, from, to - from, StandardCharsets.UTF_8));
        if (id >= 0) {
            lastBytes[position] = Arrays.copyOfRange(b, from, to);
            lastIds[position] = id;
        }
        return id;
    }

    /** The id of a name, interning it; -1 once {@link SeriesCap#MAX_SERIES_PER_FILE} names are known. */
    int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            if (names.size() >= SeriesCap.MAX_SERIES_PER_FILE) {
                full = true;
                return -1;
            }
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    /** The id of a name if it was seen, else -1. */
    int find(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }
}
