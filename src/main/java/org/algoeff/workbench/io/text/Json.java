// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The one Jackson factory the log readers share: lenient about Python's {@code NaN}/{@code Infinity}
 * literals, strict about size, so that hostile JSON becomes a Problem instead of a StackOverflowError.
 */
public final class Json {
    /** Deepest nesting accepted; training logs nest a handful of levels. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest string value accepted (bytes); long strings in logs are code snippets, not metrics. */
    public static final int MAX_STRING_LENGTH = 16 << 20;
    /** Longest number literal accepted (characters). */
    public static final int MAX_NUMBER_LENGTH = 400;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    private Json() {
    }

    /** Thread-safe shared factory (Jackson factories are thread-safe once configured). */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** "line L, column C (byte B)" for a parse error, for {@code Problem.where}. */
    public static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null) {
            return "";
        }
        long byteOffset = loc.getByteOffset();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + (byteOffset >= 0 ? " (byte " + byteOffset + ")" : "");
    }

    /** The parser's message without Jackson's source-location suffix. */
    public static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf('\n');
        return (cut >= 0 ? m.substring(0, cut) : m).trim();
    }
}
