// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.algoeff.workbench.model.DecimalYear;

/**
 * Parses the date spellings found in published data sets: ISO {@code 2012-09-30} (a time part after it is
 * ignored), {@code 2012-09} (first of the month), {@code 2012} (1 January), US {@code 6/1/2012}
 * (month/day/year, as in OpenAI's efficiency_sota.csv) and decimal years {@code 2012.5}.
 */
public final class FlexibleDate {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECIMAL_YEAR = Pattern.compile("\\d{4}\\.\\d+");

    private FlexibleDate() {
    }

    /** The date, or empty when the text is none of the accepted spellings or names an impossible day. */
    public static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = YEAR_MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), 1));
            }
            m = US.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 1), num(m, 2)));
            }
            if (YEAR.matcher(s).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
            }
            if (DECIMAL_YEAR.matcher(s).matches()) {
                return Optional.of(DecimalYear.toDate(Double.parseDouble(s)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
