// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order-statistic interval of the median and the t interval of a mean. */
class SeedStatisticsTest {
    @Test
    void fiveSeedsGiveTheirRangeWithItsExactCoverage() {
        SeedStatistics.Interval i = SeedStatistics.medianInterval(new double[] {5, 1, 4, 2, 3});
        assertEquals(1, i.low());
        assertEquals(5, i.high());
        assertEquals(1 - 2 / 32.0, i.coverage(), 1e-12);
        assertEquals(3, SeedStatistics.median(new double[] {5, 1, 4, 2, 3}));
    }

    @Test
    void tenSeedsDropTheExtremesAndAMissOpensTheTop() {
        double[] v = {10, 1, 9, 2, 8, 3, 7, 4, 6, Double.POSITIVE_INFINITY};
        SeedStatistics.Interval i = SeedStatistics.medianInterval(v);
        // k = 2: 1 - 2 P(Binomial(10, 1/2) <= 1) = 1 - 22/1024 >= 0.95; k = 3 gives 1 - 112/1024 < 0.95
        assertEquals(2, i.low());
        assertEquals(10, i.high());
        assertEquals(1 - 22 / 1024.0, i.coverage(), 1e-12);
        double[] misses = {1, 2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        assertEquals(Double.POSITIVE_INFINITY, SeedStatistics.medianInterval(misses).high());
        assertEquals(Double.POSITIVE_INFINITY, SeedStatistics.median(misses));
    }

    @Test
    void meanIntervalIsTTimesTheStandardError() {
        SeedStatistics.Interval i = SeedStatistics.meanInterval(new double[] {0.94, 0.95, 0.96});
        // sd 0.01, se 0.01 / sqrt 3, t(0.975, 2) = 4.3027
        assertEquals(0.95 - 4.302653 * 0.01 / Math.sqrt(3), i.low(), 1e-6);
        assertEquals(0.95 + 4.302653 * 0.01 / Math.sqrt(3), i.high(), 1e-6);
    }
}
