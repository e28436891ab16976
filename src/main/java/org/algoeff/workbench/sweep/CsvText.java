// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.io.text.CsvFields;

/** CSV text for the summary tables: RFC 4180 quoting where needed, Locale.ROOT numbers, NaN as an empty field. */
final class CsvText {
    private CsvText() {
    }

    static String table(List<String> header, List<Object[]> rows) {
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (Object[] v : rows) {
            for (int i = 0; i < v.length; i++) {
                b.append(i == 0 ? "" : ",").append(field(v[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String field(Object o) {
        if (o instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "";
        }
        return CsvFields.quote(String.valueOf(o));
    }
}
