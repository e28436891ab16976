// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DebiasedEmaTest {
    @Test
    void matchesTensorBoardByHand() {
        // w = 0.6: last1 = 0.4*1 = 0.4 -> /0.4 = 1; last2 = 0.24 + 0.4*3 = 1.44 -> /(1-0.36) = 2.25;
        // last3 = 0.864 + 0.4*2 = 1.664 -> /(1-0.216) = 2.1224489...
        double[] s = DebiasedEma.smooth(new double[] {1, 3, 2}, 0.6);
        assertArrayEquals(new double[] {1, 2.25, 1.664 / 0.784}, s, 1e-12);
    }

    @Test
    void firstValueIsUnbiasedAndZeroWeightIsIdentity() {
        double[] raw = {5, 1, 4, 1, 5};
        assertEquals(5, DebiasedEma.smooth(raw, 0.99)[0], 1e-12);
        assertArrayEquals(raw, DebiasedEma.smooth(raw, 0), 0);
    }

    @Test
    void nonFiniteValuesPassThroughWithoutBreakingTheAverage() {
        double[] s = DebiasedEma.smooth(new double[] {1, Double.NaN, 3}, 0.6);
        assertEquals(Double.NaN, s[1]);
        assertEquals(2.25, s[2], 1e-12);
    }

    @Test
    void constantSeriesUnchangedAndBadWeightRefused() {
        assertArrayEquals(new double[] {7, 7, 7}, DebiasedEma.smooth(new double[] {7, 7, 7}, 0.9), 0);
        assertThrows(IllegalArgumentException.class, () -> DebiasedEma.smooth(new double[] {1}, 1.0));
    }
}
