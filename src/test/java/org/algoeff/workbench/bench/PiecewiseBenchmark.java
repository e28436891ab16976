// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.PiecewiseFitter;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Piecewise fits of Epoch AI's snapshot to 2022 (385 systems) with 10,000 bootstrap resamples, each re-searching the
 * break dates, side by side with the plain line's bootstrap of the same points (the window's and the CLI's default
 * settings): what an honest break interval costs.
 */
@Tag("benchmark")
class PiecewiseBenchmark {
    private static final int RESAMPLES = 10_000;

    @Test
    void breakSearchesInEveryResampleAgainstThePlainBootstrap() throws Exception {
        TrendDataset epoch = new TrendCsvReader("bench").read(SampleDataFiles.EPOCH, ColumnChoice.DETECT,
                CancellationToken.NEVER).value();
        FitOptions options = FitOptions.DEFAULT.withBootstrap(RESAMPLES, 1)
                .withRange(new DateRange(null, LocalDate.of(2022, 12, 31)));
        TrendFitter line = new TrendFitter("bench");
        PiecewiseFitter pieces = new PiecewiseFitter("bench");
        DoubleSupplier plain = () -> line.fit(epoch, options, ProgressSink.NONE, CancellationToken.NEVER).months();
        StringBuilder figures = new StringBuilder();
        for (BreakModel model : BreakModel.values()) {
            for (Breaks k : new Breaks[] {Breaks.ONE, Breaks.TWO}) {
                BreakpointOptions b = new BreakpointOptions(k, model, BreakpointOptions.DEFAULT_MIN_SEGMENT_POINTS);
                double[] ms = alternate(() -> pieces.fit(epoch, options, b, ProgressSink.NONE,
                        CancellationToken.NEVER).sse(), plain);
                figures.append(String.format(Locale.ROOT, "%s %s break(s): median %.0f ms (line %.0f ms, ratio %.0f); ",
                        model.id(), k.id(), ms[0], ms[1], ms[0] / ms[1]));
            }
        }
        BenchmarkReport.record("piecewise fits, 385 points x 10,000 resamples", figures.toString());
    }

    /** Median milliseconds of {@code a} and {@code b}, run alternately 5 times after one warm-up round. */
    private static double[] alternate(DoubleSupplier a, DoubleSupplier b) {
        double[] aMs = new double[5];
        double[] bMs = new double[5];
        double sink = a.getAsDouble() + b.getAsDouble();
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
}
