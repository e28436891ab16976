// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.nio.charset.StandardCharsets;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses decimal numbers straight from ASCII bytes, correctly rounded, as Python and JavaScript write them
 * ({@code 1e-05}, {@code nan}, {@code inf}, {@code -Infinity}). Not thread-safe: {@link #valid()} reports on
 * the last call.
 *
 * <p>Why hand-written: {@code Double.parseDouble(new String(...))} per cell caps CSV parsing well below
 * 200 MB/s. The fast path is Clinger's: a mantissa below 2^53 times or divided by an exact power of ten
 * (at most 10^22) is one correctly rounded IEEE operation; longer mantissas (Python's 17-digit reprs) go to
 * FastDoubleParser ({@code JavaDoubleParser.parseDouble(byte[], ...)}, Eisel-Lemire on the bytes), also correctly
 * rounded.
 */
public final class NumberParser {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final int MAX_NUMBER_BYTES = 400;

    private boolean valid;

    /** Whether the last parse found a well-formed number (NaN and infinities count as numbers). */
    public boolean valid() {
        return valid;
    }

    /** Parses bytes [from, to) after trimming spaces; on failure {@link #valid()} is false and NaN is returned. */
    public double parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        valid = false;
        if (from >= to || to - from > MAX_NUMBER_BYTES) {
            return Double.NaN;
        }
        double fast = decimal(b, from, to);
        if (valid || syntax == DECIMAL) {
            return fast;
        }
        return special(b, from, to);
    }

    private static final int NOT_DECIMAL = 0;
    private static final int DECIMAL = 1;
    private int syntax;
    private int cursor;

    /**
     * Parses a plain decimal ({@code -12.5e-3}); sets {@link #syntax} to DECIMAL when the text is one. Exact
     * cases are computed here; the rest go to Jackson's FastDoubleParser (correctly rounded, no String).
     */
    private double decimal(byte[] b, int from, int to) {
        syntax = NOT_DECIMAL;
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        int digits = 0;
        boolean dot = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    significant += mantissa != 0 ? 1 : 0;
                    scale -= dot ? 1 : 0;
                } else {
                    significant = 99; // more digits than a long holds: not exact here
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = exponent(b, i, to);
        if (cursor != to) {
            return Double.NaN;
        }
        syntax = DECIMAL;
        valid = true;
        int e = scale + exponent;
        if (mantissa == 0 && significant != 99) {
            return negative ? -0.0 : 0.0;
        }
        if (significant <= 18 && mantissa > 0 && mantissa < MAX_EXACT_MANTISSA && e >= -22 && e <= 22) {
            double value = e >= 0 ? mantissa * POW10[e] : mantissa / POW10[-e];
            return negative ? -value : value;
        }
        return slowDecimal(b, from, to);
    }

    /** Parses an optional exponent ({@code e-05}) at i; leaves its end in {@link #cursor}, -1 if malformed. */
    private int exponent(byte[] b, int i, int to) {
        cursor = i;
        if (i >= to || b[i] != 'e' && b[i] != 'E') {
            return 0;
        }
        i++;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int exponent = 0;
        int digits = 0;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
            exponent = digits < 6 ? exponent * 10 + (b[i] - '0') : exponent;
        }
        cursor = digits == 0 ? -1 : i;
        return negative ? -exponent : exponent;
    }

    private double slowDecimal(byte[] b, int from, int to) {
        try {
            return JavaDoubleParser.parseDouble(b, from, to - from);
        } catch (NumberFormatException ex) {
            valid = false;
            return Double.NaN;
        }
    }

    /** NaN and infinity words as Python, NumPy and JavaScript write them. */
    private double special(byte[] b, int from, int to) {
        int len = to - from;
        if (len > 9) {
            return Double.NaN;
        }
        String s = new String(b, from, len, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "nan": case "-nan": case "+nan":
                valid = true;
                return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity":
                valid = true;
                return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity":
                valid = true;
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.NaN;
        }
    }

    /** Parses a String cell (slow path helper for callers that already hold text). */
    public double parse(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        return parse(bytes, 0, bytes.length);
    }
}
