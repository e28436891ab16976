// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One model or run on an efficiency-trend chart: a positive quantity (usually FLOP) at a publication date.
 *
 * @param label      what the point is ("AlexNet", a run name)
 * @param date       publication (or run) date
 * @param value      the quantity, strictly positive and finite (it is plotted and fitted on a log scale)
 * @param attributes other columns of the source row, by header name (e.g. "frontier" -> "true"); the columns
 *                   {@value #SPREAD_LOW} and {@value #SPREAD_HIGH} give the point's spread (drawn as an error bar),
 *                   {@value #CAVEAT} a known problem with the row that every fit using it reports
 */
public record TrendPoint(String label, LocalDate date, double value, Map<String, String> attributes) {
    /** Attribute (CSV column) holding the low end of the point's spread, e.g. the best seed's compute. */
    public static final String SPREAD_LOW = "value_low";
    /** Attribute (CSV column) holding the high end of the point's spread, e.g. the worst seed's compute. */
    public static final String SPREAD_HIGH = "value_high";
    /** Attribute (CSV column, any case) holding a known caveat about the row, e.g. a value that looks wrong. */
    public static final String CAVEAT = "caveat";
    /** Attribute holding the file the point itself came from, when a data set gathers points from several (runs). */
    public static final String SOURCE_FILE = "source_file";

    public TrendPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be positive and finite, was " + value + " for " + label);
        }
        attributes = Map.copyOf(attributes);
    }

    public TrendPoint(String label, LocalDate date, double value) {
        this(label, date, value, Map.of());
    }

    /**
     * The spread as {low, high}, or null when the point has none or it is unusable (not a number, not positive,
     * or not around the value): e.g. the fastest and slowest seed around a median.
     */
    public double[] spread() {
        double low = parse(attributes.get(SPREAD_LOW));
        double high = parse(attributes.get(SPREAD_HIGH));
        boolean usable = low > 0 && high >= low && Double.isFinite(high) && low <= value * (1 + 1e-9)
                && high >= value * (1 - 1e-9);
        return usable ? new double[] {low, high} : null;
    }

    /** The row's caveat (its {@value #CAVEAT} column, header in any case), stripped; empty when it has none. */
    public String caveat() {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(CAVEAT)) {
                return e.getValue().strip();
            }
        }
        return "";
    }

    private static double parse(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Date as a decimal year (2012.5 is about 1 July 2012), the x of every fit. */
    public double decimalYear() {
        return DecimalYear.of(date);
    }
}
