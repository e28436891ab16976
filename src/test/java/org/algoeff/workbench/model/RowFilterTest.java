// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowFilterTest {
    private static final TrendPoint GPT = new TrendPoint("GPT-3", LocalDate.of(2020, 5, 28), 3.1e23,
            Map.of("Domain", "Language", "Notability criteria", " Highly cited ", "Exclude", ""));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Domain=Language          | Domain              | EQUALS     | Language",
        "Domain!=Vision           | Domain              | NOT_EQUALS | Vision",
        "Notability criteria~.+   | Notability criteria | MATCHES    | .+",
        "Task = Chess             | Task                | EQUALS     | Chess",
        "Note~a=b                 | Note                | MATCHES    | a=b",
        "Formula=x!=y             | Formula             | EQUALS     | x!=y",
    })
    void parsesTheThreeForms(String text, String column, RowFilter.Op op, String value) {
        RowFilter f = RowFilter.parse(text.strip());
        assertEquals(new RowFilter(column, op, value), f);
    }

    @Test
    void matchesStrippedCellsWithBlankForMissing() {
        assertTrue(RowFilter.parse("Domain=Language").predicate("Domain").test(GPT));
        assertFalse(RowFilter.parse("Domain=language").predicate("Domain").test(GPT), "equality is case-sensitive");
        assertTrue(RowFilter.parse("Domain~(?i)^lang").predicate("Domain").test(GPT));
        assertTrue(RowFilter.parse("Notability criteria=Highly cited").predicate("Notability criteria").test(GPT));
        assertTrue(RowFilter.parse("Exclude=").predicate("Exclude").test(GPT), "blank cell equals the empty value");
        assertTrue(RowFilter.parse("Missing!=x").predicate("Missing").test(GPT), "an absent cell is blank");
        assertFalse(RowFilter.parse("Missing~.+").predicate("Missing").test(GPT));
    }

    @Test
    void badTextIsAnErrorNamingIt() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("Domain"));
        assertTrue(none.getMessage().contains("'Domain' is not a row filter"), none.getMessage());
        IllegalArgumentException regex = assertThrows(IllegalArgumentException.class,
                () -> RowFilter.parse("Domain~(unclosed"));
        assertTrue(regex.getMessage().contains("'(unclosed' is not a regular expression"), regex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("=Vision"));
    }

    @Test
    void printsAsItIsWritten() {
        assertEquals("Notability criteria~.+", RowFilter.parse("Notability criteria~.+").toString());
        assertEquals("Domain!=Games", RowFilter.parse("Domain!=Games").toString());
    }
}
