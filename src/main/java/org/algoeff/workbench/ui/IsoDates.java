// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui;

import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import org.algoeff.workbench.io.dataset.FlexibleDate;

/**
 * Makes a {@link DatePicker} show ISO dates (2019-05-01) and accept every spelling the data-set reader does (ISO,
 * 2019-05, 2019, 5/1/2019, 2019.33), whatever the desktop's locale: the picker's default converter takes only the
 * locale's short form and silently reverts anything else.
 */
public final class IsoDates {
    private IsoDates() {
    }

    public static DatePicker picker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(CONVERTER);
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }

    /** ISO out, {@link FlexibleDate} in; text it cannot read gives null (the picker then keeps no date). */
    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            return text == null || text.isBlank() ? null : FlexibleDate.parse(text).orElse(null);
        }
    };
}
