// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TensorBoardSmoothingTest {
    @Test
    void matchesTensorBoardByHand() {
        // w = 0.6: last1 = 0.4*1 = 0.4 -> /0.4 = 1; last2 = 0.24 + 0.4*3 = 1.44 -> /(1-0.36) = 2.25;
        // last3 = 0.864 + 0.4*2 = 1.664 -> /(1-0.216) = 2.1224489...
        double[] s = TensorBoardSmoothing.smooth(new double[] {1, 3, 2}, 0.6);
        assertArrayEquals(new double[] {1, 2.25, 1.664 / 0.784}, s, 1e-12);
    }

    @Test
    void firstValueIsUnbiasedAndZeroWeightIsIdentity() {
        double[] raw = {5, 1, 4, 1, 5};
        assertEquals(5, TensorBoardSmoothing.smooth(raw, 0.99)[0], 1e-12);
        assertArrayEquals(raw, TensorBoardSmoothing.smooth(raw, 0), 0);
    }

    @Test
    void nonFiniteValuesPassThroughWithoutBreakingTheAverage() {
        double[] s = TensorBoardSmoothing.smooth(new double[] {1, Double.NaN, 3}, 0.6);
        assertEquals(Double.NaN, s[1]);
        assertEquals(2.25, s[2], 1e-12);
    }

    @Test
    void constantSeriesUnchangedAndBadWeightRefused() {
        assertArrayEquals(new double[] {7, 7, 7}, TensorBoardSmoothing.smooth(new double[] {7, 7, 7}, 0.9), 0);
        assertThrows(IllegalArgumentException.class, () -> TensorBoardSmoothing.smooth(new double[] {1}, 1.0));
    }
}
