// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoDateConverterTest {
    @Test
    void readsIsoAndTheLocalesShortFormWithFourDigitYearsAndWritesIso() {
        IsoDateConverter us = new IsoDateConverter(Locale.US);
        assertEquals(LocalDate.of(2014, 1, 1), us.fromString(" 2014-01-01 "));
        assertEquals(LocalDate.of(2014, 3, 7), us.fromString("3/7/2014"));
        assertEquals("2014-03-07", us.toString(LocalDate.of(2014, 3, 7)));
        assertEquals(LocalDate.of(2014, 3, 7), new IsoDateConverter(Locale.GERMANY).fromString("07.03.2014"));
        assertNull(us.fromString(""));
        assertEquals("", us.toString(null));
        assertThrows(DateTimeParseException.class, () -> us.fromString("March"));
    }
}
