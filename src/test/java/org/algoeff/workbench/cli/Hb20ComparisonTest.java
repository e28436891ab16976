// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.io.dataset.SampleData;
import org.algoeff.workbench.rerun.LadderTrend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The comparison with HB20 gives both intervals: ours, and theirs refitted from the shipped data. */
class Hb20ComparisonTest {
    @Test
    void bothHalvingTimesComeWithTheirIntervals() {
        assumeTrue(SampleData.file(SampleData.HB20_ALEXNET).isPresent(), "the shipped HB20 data");
        LadderTrend ours = new LadderTrend(80.7, 31.4, Double.POSITIVE_INFINITY, true, 4, 1967, List.of());
        Optional<String> line = Hb20Comparison.line(ours);
        assertTrue(line.isPresent());
        // the same refit as `algoeff fit sample-data/hb20/alexnet-level.csv --frontier --bootstrap 1000`
        assertTrue(line.get().contains("this ladder halves every 80.7 months (95% 31.4-no decline)"), line.get());
        assertTrue(line.get().contains("every 15.9 months (95% bootstrap 9.1-18.3;"), line.get());
    }

    @Test
    void noComparisonWithoutOurInterval() {
        LadderTrend unbounded = new LadderTrend(80.7, Double.NaN, Double.NaN, true, 2, 0, List.of());
        assertTrue(Hb20Comparison.line(unbounded).isEmpty());
    }
}
