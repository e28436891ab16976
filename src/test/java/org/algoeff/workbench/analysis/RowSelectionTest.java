// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowSelectionTest {
    private static final TrendDataset DATA = SyntheticTrend.dataset(List.of(
            point("a", "Vision", "SOTA"), point("b", "Language", ""), point("c", "Language", "Highly cited"),
            point("d", "", "SOTA"), point("e", "Language", "SOTA")));

    private static TrendPoint point(String label, String domain, String notability) {
        return new TrendPoint(label, LocalDate.of(2015, 1, 1), 1e20,
                Map.of("Domain", domain, "Notability criteria", notability));
    }

    @Test
    void filtersAreAndedAndColumnNamesMatchLikeDetection() {
        TrendDataset notable = RowSelection.where(DATA, List.of(RowFilter.parse("notability_criteria~.+"),
                RowFilter.parse("DOMAIN!=Vision")));
        assertEquals(List.of("c", "d", "e"), notable.points().stream().map(TrendPoint::label).toList());
        assertEquals(DATA.name(), notable.name());
        assertEquals(DATA.columns(), notable.columns());
    }

    @Test
    void groupsAreLargestFirstWithBlankNamed() {
        List<RowSelection.Group> groups = RowSelection.groups(DATA, "domain");
        assertEquals(List.of("Domain=Language", "Domain=(blank)", "Domain=Vision"),
                groups.stream().map(RowSelection.Group::label).toList());
        assertEquals(3, groups.get(0).data().points().size());
        assertEquals("Domain=Language", groups.get(0).data().name());
    }

    @Test
    void anUnknownColumnListsTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RowSelection.groups(DATA, "Organisation"));
        assertTrue(e.getMessage().startsWith("--group-by Organisation: synthetic has no column named 'Organisation'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("columns are: "), e.getMessage());
    }
}
