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
 * @param attributes other columns of the source row, by header name (e.g. "frontier" -> "true")
 */
public record TrendPoint(String label, LocalDate date, double value, Map<String, String> attributes) {
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

    /** Date as a decimal year (2012.5 is about 1 July 2012), the x of every fit. */
    public double decimalYear() {
        return DecimalYear.of(date);
    }
}
