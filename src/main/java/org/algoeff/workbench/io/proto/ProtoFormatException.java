// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.proto;

import java.io.IOException;

/**
 * Malformed protobuf wire data: a truncated varint or field, a group, an unknown wire type. Readers
 * catch it per record and turn it into a {@link org.algoeff.workbench.model.Problem}.
 */
public final class ProtoFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param offset byte offset inside the decoded buffer where the bad data starts */
    public ProtoFormatException(String message, int offset) {
        super(message + " at offset " + offset);
    }
}
