// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An exponential hardware trend to overlay on a chart, e.g. Moore's law (24-month doubling).
 *
 * @param name           legend text, e.g. "Moore's law (2-year doubling)"
 * @param doublingMonths doubling time of the hardware quantity, in months, positive
 * @param source         citation for the doubling time
 */
public record HardwareTrend(String name, double doublingMonths, String source) {
    public HardwareTrend {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (!(doublingMonths > 0) || !Double.isFinite(doublingMonths)) {
            throw new IllegalArgumentException("doubling time must be positive, was " + doublingMonths);
        }
    }

    /** Factor the trend gives over a span of years: 2^(12 * years / doublingMonths). */
    public double factorOver(double years) {
        return Math.pow(2, 12 * years / doublingMonths);
    }

    /** Value of the trend at {@code date}, when it passes through ({@code anchorDate}, {@code anchorValue}). */
    public double valueAt(LocalDate date, LocalDate anchorDate, double anchorValue) {
        double years = DecimalYear.of(date) - DecimalYear.of(anchorDate);
        return anchorValue * factorOver(years);
    }
}
