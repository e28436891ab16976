// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ladder's halving time and its bootstrap over seeds and recipes; a recipe that never reached is no point. */
class LadderTrendTest {
    private static RerunSummary era(String id, int year, double... ctt) {
        return RerunSummary.of(id, year, ctt);
    }

    @Test
    void anExactHalvingEveryYearHasATwelveMonthIntervalWhenSeedsAgree() {
        LadderTrend t = LadderTrend.of(List.of(era("a", 2000, 8, 8, 8), era("b", 2001, 4, 4, 4),
                era("c", 2002, 2, 2, 2), era("d", 2003, 1, 1, 1)));
        assertEquals(12, t.months(), 0.02, "1 July is not exactly a year apart in leap years");
        assertTrue(t.declining());
        assertEquals(12, t.low(), 0.05, "every resample lies on the same line, up to leap days");
        assertEquals(12, t.high(), 0.05);
        assertEquals(4, t.recipes());
        assertTrue(t.resamples() > LadderTrend.RESAMPLES * 0.9, "most resamples have two years: " + t.resamples());
    }

    @Test
    void seedNoiseWidensTheIntervalAroundThePointFitAndANeverReachedEraIsNamed() {
        LadderTrend t = LadderTrend.of(List.of(era("a", 2000, 6, 8, 11, 9, 7), era("b", 2001, 3, 5, 4, 6, 4),
                era("c", 2002, 2, 1.5, 2.5, 2, 3), era("old", 1990, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 5, Double.POSITIVE_INFINITY)));
        assertEquals(3, t.recipes(), "the never-reached era is not a point");
        assertEquals(List.of("old (1 of 5 seeds)"), t.neverReached());
        assertTrue(t.low() < t.months() && t.months() < t.high(), t.describe());
        assertTrue(t.describe().startsWith("compute-to-target halves every "), t.describe());
    }

    @Test
    void twoRecipesGiveALineButNoIntervalOverRecipes() {
        // Seeds that disagree would give seed-only resamples a narrow, confident-looking interval.
        LadderTrend t = LadderTrend.of(List.of(era("a", 2000, 6, 8, 11, 9, 7), era("b", 2004, 1, 0.5, 2, 1, 1.5)));
        assertTrue(t.declining());
        assertEquals(0, t.resamples());
        assertTrue(Double.isNaN(t.low()) && Double.isNaN(t.high()), t.describe());
        assertTrue(t.describe().contains("2 recipes: too few for an interval over recipes"), t.describe());
    }

    @Test
    void aRisingLadderSaysItDoesNotDecline() {
        LadderTrend t = LadderTrend.of(List.of(era("a", 2000, 1, 1), era("b", 2005, 4, 4)));
        assertFalse(t.declining());
        assertEquals(Double.POSITIVE_INFINITY, t.months());
        assertTrue(t.describe().contains("does not decline"), t.describe());
    }
}
