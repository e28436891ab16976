// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinMaxReductionTest {
    @Test
    void keepsEveryExtremumAndAtMostFourPointsPerBucket() {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = random.nextGaussian();
        }
        y[123_457] = 99;   // a single spike must survive
        y[876_543] = -99;
        List<PlotPoint> reduced = MinMaxReduction.reduce(x, y, 0, n, 500, false);
        assertTrue(reduced.size() <= 4 * 501, "size " + reduced.size());
        assertTrue(reduced.stream().anyMatch(p -> p.y() == 99 && p.x() == 123_457));
        assertTrue(reduced.stream().anyMatch(p -> p.y() == -99 && p.x() == 876_543));
        for (int i = 1; i < reduced.size(); i++) {
            assertTrue(reduced.get(i).x() >= reduced.get(i - 1).x(), "x order kept");
        }
    }

    @Test
    void smallInputsAreKeptWholeWithoutNaNs() {
        List<PlotPoint> r = MinMaxReduction.reduce(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}, 0, 4, 10,
                false);
        assertEquals(List.of(new PlotPoint(1, 1), new PlotPoint(3, 3)), r);
    }
}
