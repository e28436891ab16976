// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bootstrap fit of 2,000 points with 10,000 resamples (target: under 100 ms after warm-up, one thread),
 * side by side with the floor it cannot beat: drawing the same 20 million random indices and summing
 * their values, with no regression arithmetic.
 */
@Tag("benchmark")
class BootstrapBenchmark {
    private static final int POINTS = 2_000;
    private static final int RESAMPLES = 10_000;

    @Test
    void bootstrapFitOfTwoThousandPoints() {
        TrendDataset data = BenchData.trend(POINTS);
        TrendFitter fitter = new TrendFitter("bench");
        FitOptions options = FitOptions.DEFAULT.withBootstrap(RESAMPLES, 1);
        double[] ms = alternate(() -> fitter.fit(data, options, ProgressSink.NONE, CancellationToken.NEVER).months(),
                () -> randomFloor(data));
        BenchmarkReport.record("bootstrap fit, 2,000 points x 10,000 resamples",
                String.format(Locale.ROOT, "median %.1f ms (target < 100 ms); random-index floor %.1f ms; ratio %.2f",
                        ms[0], ms[1], ms[0] / ms[1]));
    }

    /**
     * The frontier bootstrap (the frontier re-selected from all 2,000 candidates in each of 10,000 resamples)
     * against the plain pairs bootstrap of the same points, alternated in one run; the ratio is the cost of
     * honest frontier intervals.
     */
    @Test
    void frontierBootstrapAgainstThePlainOne() {
        TrendDataset data = BenchData.trend(POINTS);
        TrendFitter fitter = new TrendFitter("bench");
        FitOptions plain = FitOptions.DEFAULT.withBootstrap(RESAMPLES, 1);
        FitOptions frontier = plain.withFrontierOnly(true);
        double[] ms = alternate(() -> fitter.fit(data, frontier, ProgressSink.NONE, CancellationToken.NEVER).months(),
                () -> fitter.fit(data, plain, ProgressSink.NONE, CancellationToken.NEVER).months());
        BenchmarkReport.record("frontier bootstrap, 2,000 candidates x 10,000 resamples",
                String.format(Locale.ROOT, "median %.1f ms; plain pairs bootstrap of the same points %.1f ms; ratio %.2f",
                        ms[0], ms[1], ms[0] / ms[1]));
    }

    /** Median milliseconds of {@code a} and {@code b}, run alternately 15 times after 5 warm-up rounds. */
    private static double[] alternate(DoubleSupplier a, DoubleSupplier b) {
        double[] aMs = new double[15];
        double[] bMs = new double[15];
        double sink = 0;
        for (int warmup = 0; warmup < 5; warmup++) {
            sink += a.getAsDouble() + b.getAsDouble();
        }
        for (int i = 0; i < aMs.length; i++) {
            long t0 = System.nanoTime();
            sink += a.getAsDouble();
            long t1 = System.nanoTime();
            sink += b.getAsDouble();
            long t2 = System.nanoTime();
            aMs[i] = (t1 - t0) / 1e6;
            bMs[i] = (t2 - t1) / 1e6;
        }
        assertTrue(sink != 0);
        return new double[] {BenchmarkReport.median(aMs), BenchmarkReport.median(bMs)};
    }

    /** Draws POINTS x RESAMPLES indices and sums the values: the memory and RNG work of any pairs bootstrap. */
    private static double randomFloor(TrendDataset data) {
        double[] y = data.points().stream().mapToDouble(p -> Math.log(p.value())).toArray();
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            for (int k = 0; k < POINTS; k++) {
                sum += y[random.nextInt(POINTS)];
            }
        }
        return sum;
    }
}
