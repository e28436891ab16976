// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.text.ChunkedSeriesBuilder;
import org.algoeff.workbench.io.text.PointBudget;

/**
 * The columns seen in one CSV file, by name, so that a header rewritten mid-file (Lightning adds columns
 * by rewriting the header) continues the same series. Not thread-safe.
 */
final class CsvColumns {
    /** What a column holds, decided by its first non-empty cell. */
    enum Kind { UNKNOWN, NUMERIC, TEXT, AXIS }

    /** One named column; its series goes to run {@code run} under tag {@code tag}. */
    static final class Column {
        final String name;
        final String run;
        final String tag;
        Kind kind = Kind.UNKNOWN;
        ChunkedSeriesBuilder builder;

        Column(String name, String run, String tag) {
            this.name = name;
            this.run = run;
            this.tag = tag;
        }

        /** False when the file's budget refused the point. */
        boolean add(long step, double value, double wallTimeSeconds, PointBudget budget) {
            if (builder == null) {
                builder = new ChunkedSeriesBuilder(tag, budget);
            }
            return builder.add(step, value, wallTimeSeconds);
        }
    }

    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final CsvFlavor flavor;
    private final String defaultRun;

    CsvColumns(CsvFlavor flavor, String defaultRun) {
        this.flavor = flavor;
        this.defaultRun = defaultRun;
    }

    /** Columns for a header line, reusing those already seen under the same name. */
    Column[] forHeader(List<String> names) {
        Column[] out = new Column[names.size()];
        for (int i = 0; i < out.length; i++) {
            String name = names.get(i);
            out[i] = byName.computeIfAbsent(name, this::create);
        }
        return out;
    }

    private Column create(String name) {
        if (flavor == CsvFlavor.WANDB_EXPORT) {
            int sep = name.indexOf(" - ");
            if (sep > 0) {
                return new Column(name, name.substring(0, sep), name.substring(sep + 3));
            }
        }
        return new Column(name, defaultRun, name);
    }

    /** Run names in first-seen order, each with its non-empty series builders. */
    Map<String, List<ChunkedSeriesBuilder>> byRun() {
        Map<String, List<ChunkedSeriesBuilder>> out = new LinkedHashMap<>();
        for (Column c : byName.values()) {
            if (c.builder != null && c.builder.size() > 0) {
                out.computeIfAbsent(c.run, r -> new ArrayList<>()).add(c.builder);
            }
        }
        return out;
    }
}
