// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.plot.MinMaxReduction;
import org.algoeff.workbench.analysis.plot.PlotPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's per-pixel reducer: the ChartFX adapter of the one min/max reduction the exports use too. */
class MinMaxPixelReducerTest {
    /**
     * On a log x axis ChartFX hands the reducer NaN (or -Infinity) pixel positions for x = 0, the first point of
     * almost every TensorBoard or CSV log. Regression: index -1 at the start, an endless loop further in.
     */
    @Test
    void nonFinitePixelPositionsAreSkippedNeitherThrownOnNorLoopedOver() {
        for (int at : new int[] {0, 1, 500, 1999}) {
            for (double bad : new double[] {Double.NaN, Double.NEGATIVE_INFINITY}) {
                double[] x = new double[2000];
                double[] y = new double[2000];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i / 4.0;
                    y[i] = Math.sin(i);
                }
                x[at] = bad;
                int kept = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new MinMaxPixelReducer()
                        .reducePoints(x, y, null, null, null, null, null, null, 0, x.length),
                        "bad x at index " + at);
                assertTrue(kept > 0 && kept <= 4 * 500, "kept " + kept);
                for (int i = 0; i < kept; i++) {
                    assertTrue(Double.isFinite(x[i]), "only drawable points survive, slot " + i);
                }
            }
        }
    }

    @Test
    void keepsExactlyThePointsTheExportKeeps() {
        int n = 50_000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = random.nextGaussian();
        }
        y[31_337] = 50;
        int width = 400;
        // The pixel column of data x on a 400-pixel axis spanning [0, n): what ChartFX hands the reducer.
        double[] px = new double[n];
        double[] py = y.clone();
        for (int i = 0; i < n; i++) {
            px[i] = x[i] * width / n;
        }
        int kept = new MinMaxPixelReducer().reducePoints(px, py, null, null, null, null, null, null, 0, n);
        List<PlotPoint> onScreen = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            onScreen.add(new PlotPoint(px[i] * n / width, py[i]));
        }
        List<PlotPoint> exported = MinMaxReduction.reduce(x, y, 0, n, width, false);
        assertEquals(exported.size(), onScreen.size());
        for (int i = 0; i < kept; i++) {
            assertEquals(exported.get(i).x(), onScreen.get(i).x(), 1e-6);
            assertEquals(exported.get(i).y(), onScreen.get(i).y(), 0);
        }
        assertTrue(onScreen.stream().anyMatch(p -> p.y() == 50), "the spike survives");
    }
}
