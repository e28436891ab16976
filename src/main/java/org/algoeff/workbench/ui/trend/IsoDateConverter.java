// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import javafx.util.StringConverter;

/**
 * Dates as the rest of the workbench writes them (ISO 8601, "2014-01-01"), also accepting the locale's short form
 * ("1/1/2014" in the US) since that is what the calendar popup's users may type. Text that is neither throws
 * {@link DateTimeParseException}, on which the DatePicker keeps its value.
 */
final class IsoDateConverter extends StringConverter<LocalDate> {
    private final DateTimeFormatter local;

    IsoDateConverter() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    IsoDateConverter(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        // Four-digit years also when the locale's short form has two ("M/d/yy" would read 2014 as year 20).
        local = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "y"), locale);
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException iso) {
            return LocalDate.parse(t, local);
        }
    }
}
