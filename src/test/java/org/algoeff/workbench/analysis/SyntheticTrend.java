// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/** Synthetic data sets with a known doubling time and log-normal noise, for tests with known answers. */
final class SyntheticTrend {
    private SyntheticTrend() {
    }

    /**
     * n points with dates uniform in [startYear, startYear + years), value = 1e16 * 2^(12 (t - startYear) / months)
     * times 2^(noiseLog2 * N(0,1)); negative months make a declining (halving) trend.
     */
    static TrendDataset of(int n, double startYear, double years, double months, double noiseLog2, long seed) {
        Random random = new Random(seed);
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = startYear + years * random.nextDouble();
            LocalDate date = DecimalYear.toDate(t);
            double exponent = 12 * (DecimalYear.of(date) - startYear) / months + noiseLog2 * random.nextGaussian();
            points.add(new TrendPoint("p" + i, date, 1e16 * Math.pow(2, exponent)));
        }
        return dataset(points);
    }

    static TrendDataset dataset(List<TrendPoint> points) {
        return new TrendDataset("synthetic", "value", points,
                new Provenance(List.of(), Map.of(), "test", Instant.EPOCH));
    }
}
