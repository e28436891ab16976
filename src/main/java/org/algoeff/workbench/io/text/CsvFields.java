// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

/** Writing side of RFC 4180, shared by every CSV the tool writes. */
public final class CsvFields {
    private CsvFields() {
    }

    /** The field as written: quoted, with quotes doubled, only when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
