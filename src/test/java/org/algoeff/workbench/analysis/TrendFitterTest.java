// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendFitterTest {
    private final TrendFitter fitter = new TrendFitter("test");

    private TrendFit fit(TrendDataset data, FitOptions options) {
        return fitter.fit(data, options, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @ParameterizedTest(name = "{0} months, noise {1} doublings")
    @CsvSource({"18, 0.5", "6, 1.0", "-16, 0.4", "-9, 0.8", "24, 0.1"})
    void recoversKnownDoublingOrHalvingTimeInsideItsIntervals(double months, double noise) {
        TrendDataset data = SyntheticTrend.of(60, 2010, 10, months, noise, 42);
        TrendFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(2_000, 7));

        double expected = Math.abs(months);
        assertEquals(months > 0 ? TrendDirection.GROWING : TrendDirection.DECLINING, fit.direction());
        assertTrue(fit.bootstrapCi95Months().contains(expected), () -> "bootstrap CI " + fit.bootstrapCi95Months());
        assertTrue(fit.tCi95Months().contains(expected), () -> "t CI " + fit.tCi95Months());
        assertTrue(fit.bootstrapCi95Months().contains(fit.months()));
        assertEquals(expected, fit.months(), expected * 0.25);
    }

    @Test
    void noiseFreeDataGiveTheExactSlopeAndPerfectFit() {
        TrendDataset data = SyntheticTrend.of(10, 2000, 20, 12, 0, 1);
        TrendFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(0, 1));
        assertEquals(1.0, fit.slopeLog2PerYear(), 1e-9);
        assertEquals(12.0, fit.months(), 1e-7);
        assertEquals(1.0, fit.r2(), 1e-12);
        assertEquals(0, fit.bootstrapResamples());
        assertTrue(Double.isNaN(fit.bootstrapCi95Months().low()));
    }

    /** The t-interval is exact for Gaussian noise in log space: about 95% of intervals must cover the truth. */
    @Test
    void tIntervalCoversTheTrueSlopeAboutNinetyFivePercentOfTheTime() {
        int covered = 0;
        int trials = 400;
        for (int seed = 0; seed < trials; seed++) {
            TrendFit fit = fit(SyntheticTrend.of(12, 2012, 8, -15, 0.6, seed), FitOptions.DEFAULT.withBootstrap(0, 1));
            covered += fit.tCi95Months().contains(15) ? 1 : 0;
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage > 0.92 && coverage < 0.98, () -> "coverage " + coverage);
    }

    @Test
    void bootstrapIsReproducibleForASeedAndMovesWithAnother() {
        TrendDataset data = SyntheticTrend.of(30, 2012, 8, -15, 0.6, 3);
        TrendFit a = fit(data, FitOptions.DEFAULT.withBootstrap(1_000, 11));
        TrendFit b = fit(data, FitOptions.DEFAULT.withBootstrap(1_000, 11));
        TrendFit c = fit(data, FitOptions.DEFAULT.withBootstrap(1_000, 12));
        assertEquals(a.bootstrapCi95Months(), b.bootstrapCi95Months());
        assertTrue(a.bootstrapCi95Months().low() != c.bootstrapCi95Months().low());
    }

    @Test
    void frontierFitUsesOnlyRecordBreakingPoints() {
        List<TrendPoint> points = List.of(
                point("a", 2012, 100), point("b", 2013, 150), point("c", 2014, 50),
                point("d", 2015, 60), point("e", 2016, 25), point("f", 2017, 30));
        TrendFit fit = fit(SyntheticTrend.dataset(points), FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(0, 1));
        assertEquals(List.of("a", "c", "e"), fit.points().stream().map(TrendPoint::label).toList());
        assertEquals(4.0, fit.factor(), 1e-12);
        assertEquals(24.0, fit.months(), 0.05);
    }

    @Test
    void dateRangeIsAppliedBeforeTheFit() {
        List<TrendPoint> points = List.of(point("a", 2000, 1), point("b", 2001, 2), point("c", 2002, 4),
                point("d", 2010, 1e9), point("e", 2011, 1e10));
        DateRange range = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31));
        TrendFit fit = fit(SyntheticTrend.dataset(points), FitOptions.DEFAULT.withRange(range).withBootstrap(0, 1));
        assertEquals(3, fit.points().size());
        assertEquals(12.0, fit.months(), 1e-9);
        assertEquals(LocalDate.of(2002, 1, 1), fit.to());
    }

    @Test
    void explicitDirectionGivesAnInfiniteTimeWhenTheDataMoveTheOtherWay() {
        List<TrendPoint> points = List.of(point("a", 2000, 1), point("b", 2001, 2), point("c", 2002, 4));
        TrendFit fit = fit(SyntheticTrend.dataset(points),
                FitOptions.DEFAULT.withDirection(TrendDirection.DECLINING).withBootstrap(0, 1));
        assertTrue(Double.isInfinite(fit.months()));
    }

    @Test
    void tooFewDatesIsAClearError() {
        List<TrendPoint> sameDay = List.of(point("a", 2000, 1), point("b", 2000, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(SyntheticTrend.dataset(sameDay), FitOptions.DEFAULT));
        assertTrue(e.getMessage().contains("at least 2 different dates"), e.getMessage());
    }

    @Test
    void bootstrapStopsWhenCancelledAndReportsProgress() {
        TrendDataset data = SyntheticTrend.of(500, 2012, 8, -15, 0.6, 3);
        CancellationToken cancel = new CancellationToken();
        AtomicInteger reports = new AtomicInteger();
        ProgressSink cancelAfterThree = (fraction, message) -> {
            if (reports.incrementAndGet() == 3) {
                cancel.cancel();
            }
        };
        assertThrows(CancellationException.class,
                () -> fitter.fit(data, FitOptions.DEFAULT.withBootstrap(1_000_000, 1), cancelAfterThree, cancel));
        assertEquals(3, reports.get());
    }

    private static TrendPoint point(String label, int year, double value) {
        return new TrendPoint(label, LocalDate.of(year, 1, 1), value);
    }
}
