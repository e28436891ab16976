// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Walks one JSON object with a streaming parser, flattening nested objects into keys joined by '/'
 * (W&B's convention: {@code {"a": {"b": 1}}} becomes {@code a/b}); arrays are skipped. Recursion is bounded
 * by {@link Json#MAX_NESTING_DEPTH}, which the parser enforces before we recurse.
 */
public final class FlatJson {
    /** Receives the leaves of a flattened object. */
    public interface Visitor {
        void number(String key, double value);

        /** String, boolean (as "true"/"false") leaves; default ignores them. */
        default void text(String key, String value) {
        }
    }

    private FlatJson() {
    }

    /** The parser must be on START_OBJECT; on return it is on the matching END_OBJECT. */
    public static void object(JsonParser p, String prefix, Visitor visitor) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? p.currentName() : prefix + "/" + p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                object(p, key, visitor);
            } else if (v == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                visitor.number(key, p.getDoubleValue());
            } else if (v == JsonToken.VALUE_STRING) {
                visitor.text(key, p.getText());
            } else if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                visitor.text(key, p.getText());
            } else if (v == null) {
                throw new java.io.EOFException("unexpected end of JSON");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new java.io.EOFException("unexpected end of JSON");
        }
    }
}
