// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlexibleDateTest {
    @ParameterizedTest
    @CsvSource({
        "2012-09-30, 2012-09-30",
        "2012-09-30 12:00:00, 2012-09-30",
        "2012-9-3, 2012-09-03",
        "2014-09, 2014-09-01",
        "2019, 2019-01-01",
        "6/1/2012, 2012-06-01",
        "12/31/2019, 2019-12-31",
        "2012.5, 2012-07-02",
    })
    void acceptsPublishedSpellings(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), FlexibleDate.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2012-13-01", "2012-02-30", "yesterday", "31/12/2019", "''"})
    void refusesImpossibleOrUnknownDates(String text) {
        assertEquals(Optional.empty(), FlexibleDate.parse(text));
    }
}
