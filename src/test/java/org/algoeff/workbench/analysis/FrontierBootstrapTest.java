// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frontier bootstrap against its exact distribution: with 4 candidates there are 4^4 equally likely draws, so
 * the probability of every resampled frontier slope can be counted by hand and compared with the draws.
 */
class FrontierBootstrapTest {
    /** Decimal years and log2 values of four candidates in walk order (declining: lower is better). */
    private static final double[] X = {2010, 2011, 2012, 2013};
    private static final double[] Y = {log2(100), log2(150), log2(40), log2(60)};
    private static final int RESAMPLES = 200_000;

    /** The record to beat before the first candidate: none, or 120 (so 150 and 60 can never be records). */
    @ParameterizedTest(name = "record before the window: {0}")
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, 120})
    void resampledSlopesFollowTheEnumeratedDistribution(double record) {
        double recordLog2 = Double.isInfinite(record) ? record : log2(record);
        Map<Double, Double> exact = enumerate(recordLog2);
        double[] slopes = FrontierBootstrap.slopes(X, Y, recordLog2, true, RESAMPLES, 99, ProgressSink.NONE,
                CancellationToken.NEVER);
        Map<Double, Double> seen = new TreeMap<>();
        for (double s : slopes) {
            seen.merge(round(s), 1.0 / RESAMPLES, Double::sum);
        }
        assertEquals(exact.keySet(), seen.keySet(), "the same set of possible slopes");
        exact.forEach((slope, p) -> assertEquals(p, seen.get(slope), 0.005, "P(slope = " + slope + ")"));
    }

    @Test
    void recordsThatReplaceAMissingRecordWidenTheSpread() {
        // 100 -> 40 is the frontier; a draw without 100 makes 150 the first record (a shallower slope), one
        // without 40 makes 60 a record: resampling the two frontier points alone would always give one slope.
        Map<Double, Double> exact = enumerate(Double.POSITIVE_INFINITY);
        assertTrue(exact.size() > 1, () -> "slopes " + exact);
        assertTrue(exact.containsKey(round((log2(40) - log2(150)) / 1)), () -> "150 -> 40 is possible: " + exact);
    }

    @Test
    void aFrontierThatCanOnlyHaveOneDateIsAnError() {
        // Only the third candidate beats a record of 50: every resample's frontier is one point.
        assertThrows(IllegalArgumentException.class, () -> FrontierBootstrap.slopes(X, Y, log2(50), true, 10, 1,
                ProgressSink.NONE, CancellationToken.NEVER));
    }

    /** Probability of each slope over all 4^4 draws that give a frontier on two or more dates. */
    private static Map<Double, Double> enumerate(double record) {
        Map<Double, Integer> counts = new TreeMap<>();
        int usable = 0;
        int n = X.length;
        for (int code = 0; code < 256; code++) {
            boolean[] drawn = new boolean[n];
            for (int k = 0, c = code; k < n; k++, c /= n) {
                drawn[c % n] = true;
            }
            List<Integer> frontier = new ArrayList<>();
            double best = record;
            for (int i = 0; i < n; i++) {
                if (drawn[i] && Y[i] < best) {
                    frontier.add(i);
                    best = Y[i];
                }
            }
            if (frontier.size() >= 2) {
                usable++;
                counts.merge(round(olsSlope(frontier)), 1, Integer::sum);
            }
        }
        Map<Double, Double> p = new TreeMap<>();
        int total = usable;
        counts.forEach((slope, c) -> p.put(slope, c / (double) total));
        return p;
    }

    private static double olsSlope(List<Integer> idx) {
        double mx = idx.stream().mapToDouble(i -> X[i]).average().orElseThrow();
        double my = idx.stream().mapToDouble(i -> Y[i]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i : idx) {
            sxy += (X[i] - mx) * (Y[i] - my);
            sxx += (X[i] - mx) * (X[i] - mx);
        }
        return sxy / sxx;
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
