// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/** Deterministic synthetic inputs for benchmarks. */
final class BenchData {
    private BenchData() {
    }

    /** n points over 2000-2024 with a 6-month doubling and one doubling of log-normal noise. */
    static TrendDataset trend(int n) {
        Random random = new Random(7);
        List<TrendPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double years = 24 * random.nextDouble();
            LocalDate date = LocalDate.of(2000, 1, 1).plusDays((long) (years * 365.25));
            points.add(new TrendPoint("p" + i, date, 1e15 * Math.pow(2, 2 * years + random.nextGaussian())));
        }
        return new TrendDataset("bench", "FLOP", points, new Provenance(List.of(), Map.of(), "bench", Instant.EPOCH));
    }
}
