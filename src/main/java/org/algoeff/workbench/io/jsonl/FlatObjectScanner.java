// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import org.algoeff.workbench.io.text.NumberParser;

/**
 * Fast path for a JSONL line that is one flat object of numbers ({"step": 3, "loss": 0.5, "name": "x"}):
 * numeric members go to the {@link Row}; strings, booleans and nulls are skipped. Returns false for anything
 * else (nested values, escaped keys, syntax errors) so the caller can re-parse the line with Jackson.
 */
final class FlatObjectScanner {
    private final NumberParser numbers = new NumberParser();
    private final KeyTable keys;

    FlatObjectScanner(KeyTable keys) {
        this.keys = keys;
    }

    boolean scan(byte[] b, int from, int to, Row row) {
        int i = ws(b, from, to);
        if (i >= to || b[i] != '{') {
            return false;
        }
        i = ws(b, i + 1, to);
        if (i < to && b[i] == '}') {
            return ws(b, i + 1, to) == to;
        }
        int position = 0;
        while (i < to) {
            if (b[i] != '"') {
                return false;
            }
            int keyStart = i + 1;
            int keyEnd = keyStart;
            while (keyEnd < to && b[keyEnd] != '"') {
                if (b[keyEnd] == '\\') {
                    return false;
                }
                keyEnd++;
            }
            i = ws(b, keyEnd + 1, to);
            if (i >= to || b[i] != ':') {
                return false;
            }
            i = ws(b, i + 1, to);
            i = value(b, i, to, keyStart, keyEnd, position++, row);
            if (i < 0) {
                return false;
            }
            i = ws(b, i, to);
            if (i < to && b[i] == ',') {
                i = ws(b, i + 1, to);
            } else if (i < to && b[i] == '}') {
                return ws(b, i + 1, to) == to;
            } else {
                return false;
            }
        }
        return false;
    }

    /** Parses one value; returns the index after it, or -1 to request the fallback. */
    private int value(byte[] b, int i, int to, int keyStart, int keyEnd, int position, Row row) {
        if (i >= to) {
            return -1;
        }
        byte c = b[i];
        if (c == '"') {
            return skipString(b, i + 1, to);
        }
        if (c == '{' || c == '[') {
            return -1;
        }
        int end = i;
        while (end < to && b[end] != ',' && b[end] != '}' && b[end] != ' ' && b[end] != '\t') {
            end++;
        }
        if (literal(b, i, end, "true") || literal(b, i, end, "false") || literal(b, i, end, "null")) {
            return end;
        }
        double v = numbers.parse(b, i, end);
        if (!numbers.valid()) {
            return -1;
        }
        row.put(keys.id(b, keyStart, keyEnd, position), v);
        return end;
    }

    private static int skipString(byte[] b, int i, int to) {
        for (; i < to; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean literal(byte[] b, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (b[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int ws(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }
}
