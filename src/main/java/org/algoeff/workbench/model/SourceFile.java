// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Objects;

/** A file a derived number came from, with the SHA-256 of its bytes (hex, lower case) when known, else "". */
public record SourceFile(String path, String sha256) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        sha256 = sha256 == null ? "" : sha256;
    }
}
