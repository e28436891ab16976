// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a folder walk did with one file (or a whole sub-folder it did not enter): read it as part of a source, or
 * skipped it, and why. {@code algoeff inspect} lists these so that every file of a dropped folder is accounted for.
 *
 * @param file   the file or skipped folder
 * @param read   whether it is read as (part of) a source
 * @param detail for a read file the source it belongs to (its kind, e.g. "mlflow run"); for a skipped one the reason
 */
public record FileAccount(Path file, boolean read, String detail) {
    /** Detail of a file read as a training log by the reader its content selects. */
    public static final String LOG_FILE = "log file";

    public FileAccount {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
    }

    static FileAccount read(Path file, String detail) {
        return new FileAccount(file, true, detail);
    }

    static FileAccount skipped(Path file, String reason) {
        return new FileAccount(file, false, reason);
    }
}
