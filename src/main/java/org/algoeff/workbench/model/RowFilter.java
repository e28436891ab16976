// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A condition on one column of a data set's rows, written {@code COL=VALUE}, {@code COL!=VALUE} or
 * {@code COL~REGEX}. The cell is compared stripped; an absent or empty cell is the empty string, so
 * {@code COL=} selects rows where the column is blank and {@code COL~.+} rows where it is not. Equality is exact
 * (case-sensitive); a regular expression matches anywhere in the cell ({@link java.util.regex.Matcher#find()}),
 * so anchor it with {@code ^...$} for a whole-cell match and prefix {@code (?i)} to ignore case.
 *
 * @param column header of the column, compared as {@link TrendDataset#normaliseHeader(String)} does
 * @param op     the comparison
 * @param value  the value compared with, or the regular expression
 */
public record RowFilter(String column, Op op, String value) {
    /** What joins several filters in one text (upper case, with spaces: values may contain "and"). */
    public static final String AND = " AND ";

    /** How a cell is compared with {@link #value}. */
    public enum Op {
        EQUALS("="), NOT_EQUALS("!="), MATCHES("~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public RowFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        column = column.strip();
        if (column.isEmpty()) {
            throw new IllegalArgumentException("a row filter needs a column name before " + op.symbol());
        }
        if (op == Op.MATCHES) {
            compile(value);
        }
    }

    /**
     * Parses {@code COL=VALUE}, {@code COL!=VALUE} or {@code COL~REGEX}; the first {@code =} or {@code ~} in the
     * text is the operator (a {@code !} right before {@code =} makes it {@code !=}), so values may hold either.
     *
     * @throws IllegalArgumentException naming the text when it has no operator, no column or a bad regex
     */
    public static RowFilter parse(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '~') {
                return new RowFilter(text.substring(0, i), Op.MATCHES, text.substring(i + 1));
            }
            if (c == '=') {
                boolean not = i > 0 && text.charAt(i - 1) == '!';
                return new RowFilter(text.substring(0, not ? i - 1 : i), not ? Op.NOT_EQUALS : Op.EQUALS,
                        text.substring(i + 1).strip());
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a row filter: write COL=VALUE, COL!=VALUE or COL~REGEX");
    }

    /**
     * Several filters written as one text, joined by {@value #AND} (as the window's field and the readouts write
     * them); blank text is no filter.
     *
     * @throws IllegalArgumentException naming the first part that is not a filter
     */
    public static List<RowFilter> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(Pattern.quote(AND))).map(String::strip).map(RowFilter::parse).toList();
    }

    /** Filters as one text, "Notability criteria~.+ AND Domain!=Games"; "" for none. */
    public static String joinAll(List<RowFilter> filters) {
        return String.join(AND, filters.stream().map(RowFilter::toString).toList());
    }

    /**
     * The test on a point, for the column as the data set spells it ({@code header}); compiles a regex once.
     *
     * @param header the data set's header for {@link #column} (its attribute key)
     */
    public Predicate<TrendPoint> predicate(String header) {
        return switch (op) {
            case EQUALS -> p -> cell(p, header).equals(value);
            case NOT_EQUALS -> p -> !cell(p, header).equals(value);
            case MATCHES -> {
                Pattern pattern = compile(value);
                yield p -> pattern.matcher(cell(p, header)).find();
            }
        };
    }

    private static String cell(TrendPoint p, String header) {
        String v = p.attributes().get(header);
        return v == null ? "" : v.strip();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a regular expression: " + e.getDescription(), e);
        }
    }

    /** Back in the form it is written: {@code Domain=Vision}. */
    @Override
    public String toString() {
        return column + op.symbol() + value;
    }
}
