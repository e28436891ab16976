// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.io.IOException;

/** Thrown by {@link LimitedInput} when a file breaks one of the input-size limits; readers turn it into a Problem. */
public final class InputLimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    public InputLimitExceeded(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    /** Decompressed byte offset at which the limit was hit. */
    public long byteOffset() {
        return byteOffset;
    }
}
