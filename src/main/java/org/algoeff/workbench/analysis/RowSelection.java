// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Selects and splits a data set's rows by its columns: the {@code --where} filters and the {@code --group-by}
 * groups of {@code fit} and {@code plot}, and the window's filter and group fields. Pure functions.
 */
public final class RowSelection {
    /** How a group whose cell is empty is shown. */
    public static final String BLANK = "(blank)";

    private RowSelection() {
    }

    /**
     * A group of rows sharing one value of a column.
     *
     * @param column the data set's header of the grouping column
     * @param value  the shared cell value, stripped ("" for rows where it is empty)
     * @param data   the rows, named {@code column=value} (see {@link #label()})
     */
    public record Group(String column, String value, TrendDataset data) {
        /** "Domain=Vision" (the filter that selects this group), "Domain=(blank)" for empty cells. */
        public String label() {
            return column + "=" + (value.isEmpty() ? BLANK : value);
        }
    }

    /**
     * The rows passing every filter (AND), with the data set's name and columns; the data set itself when there
     * are no filters.
     *
     * @throws IllegalArgumentException when a filter names a column the data set does not have
     */
    public static TrendDataset where(TrendDataset data, List<RowFilter> filters) {
        if (filters.isEmpty()) {
            return data;
        }
        Predicate<TrendPoint> all = p -> true;
        for (RowFilter f : filters) {
            all = all.and(f.predicate(header(data, f.column(), "--where " + f)));
        }
        return data.withPoints(data.name(), data.points().stream().filter(all).toList());
    }

    /**
     * The rows split by the value of {@code column}: largest group first, equal sizes by value; each group's data
     * set is named by its {@link Group#label()}.
     *
     * @throws IllegalArgumentException when the data set has no such column
     */
    public static List<Group> groups(TrendDataset data, String column) {
        String header = header(data, column, "--group-by " + column);
        Map<String, List<TrendPoint>> byValue = new LinkedHashMap<>();
        for (TrendPoint p : data.points()) {
            String v = p.attributes().getOrDefault(header, "").strip();
            byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
        }
        List<Group> groups = new ArrayList<>();
        byValue.forEach((value, points) -> {
            Group g = new Group(header, value, data);
            groups.add(new Group(header, value, data.withPoints(g.label(), points)));
        });
        groups.sort(Comparator.comparingInt((Group g) -> -g.data().points().size()).thenComparing(Group::value));
        return groups;
    }

    private static String header(TrendDataset data, String column, String where) {
        return data.findColumn(column).orElseThrow(() -> new IllegalArgumentException(where + ": " + data.name()
                + " has no column named '" + column + "'; columns are: " + String.join(", ", data.columns())));
    }
}
