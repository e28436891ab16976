// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of byte ranges: malformed input is reported, never silently replaced. */
public final class Utf8 {
    private Utf8() {
    }

    /** Whether any byte in [from, to) is non-ASCII (only then is validation needed). */
    public static boolean hasHighBytes(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) is well-formed UTF-8. */
    public static boolean isValid(byte[] b, int from, int to) {
        if (!hasHighBytes(b, from, to)) {
            return true;
        }
        try {
            decoder().decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes strictly, or returns null when the bytes are not UTF-8. */
    public static String decodeOrNull(byte[] b, int from, int to) {
        try {
            return decoder().decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
