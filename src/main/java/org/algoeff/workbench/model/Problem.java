// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Objects;

/**
 * Something wrong with an input that a reader reported instead of throwing.
 *
 * @param source   the file or folder the problem is in, as the user gave it
 * @param where    where in the source: "line 12", "record 40 (byte 1234)", "row 3, column compute"; empty if whole file
 * @param severity warning (data around it kept) or error (data lost or refused)
 * @param message  one sentence a researcher can act on, without a stack trace
 */
public record Problem(String source, String where, Severity severity, String message) {
    public Problem {
        Objects.requireNonNull(source, "source");
        where = where == null ? "" : where;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String source, String where, String message) {
        return new Problem(source, where, Severity.ERROR, message);
    }

    public static Problem warning(String source, String where, String message) {
        return new Problem(source, where, Severity.WARNING, message);
    }

    /** One line for terminals and logs: "file: where: message". */
    public String describe() {
        return where.isEmpty() ? source + ": " + message : source + ": " + where + ": " + message;
    }
}
