// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;

/** Converts dates to and from decimal years: year + (day of year - 1) / days in that year. */
public final class DecimalYear {
    private DecimalYear() {
    }

    public static double of(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    /** The date whose decimal year is closest to {@code year} (rounded to the day). */
    public static LocalDate toDate(double year) {
        int whole = (int) Math.floor(year);
        LocalDate start = LocalDate.of(whole, 1, 1);
        long day = Math.round((year - whole) * start.lengthOfYear());
        return start.plusDays(day);
    }
}
