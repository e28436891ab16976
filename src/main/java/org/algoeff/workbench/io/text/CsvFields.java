// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.util.List;

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

    /** Appends one record: the fields quoted as needed, comma-separated, ended by a line feed. */
    public static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }
}
