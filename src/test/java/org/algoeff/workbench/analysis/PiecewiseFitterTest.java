// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Piecewise fits on synthetic data with known breaks and known doubling times on each side. */
class PiecewiseFitterTest {
    private final PiecewiseFitter fitter = new PiecewiseFitter("test");

    private PiecewiseFit fit(TrendDataset data, FitOptions options, BreakpointOptions breaks) {
        return fitter.fit(data, options, breaks, ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static BreakpointOptions breaks(Breaks k, BreakModel model) {
        return new BreakpointOptions(k, model, BreakpointOptions.DEFAULT_MIN_SEGMENT_POINTS);
    }

    /**
     * n dates uniform in [start, end); log2 value follows a broken line with the given doubling times (months) and
     * breaks, jumping by {@code jumpLog2} at each break, plus Gaussian noise of {@code noise} doublings.
     */
    static TrendDataset piecewise(int n, double start, double end, double[] breakYears, double[] months,
                                  double jumpLog2, double noise, long seed) {
        Random random = new Random(seed);
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate date = DecimalYear.toDate(start + (end - start) * random.nextDouble());
            double t = DecimalYear.of(date);
            double log2 = 50 + noise * random.nextGaussian();
            double from = start;
            for (int j = 0; j <= breakYears.length; j++) {
                double until = j < breakYears.length ? Math.min(t, breakYears[j]) : t;
                if (until > from) {
                    log2 += 12 / months[j] * (until - from);
                }
                if (j < breakYears.length && t > breakYears[j]) {
                    log2 += jumpLog2;
                }
                from = j < breakYears.length ? breakYears[j] : from;
            }
            points.add(new TrendPoint("p" + i, date, Math.pow(2, log2)));
        }
        return SyntheticTrend.dataset(points);
    }

    @Test
    void noiseFreeHingeIsRecoveredExactly() {
        TrendDataset data = piecewise(60, 2000, 2020, new double[] {2011.37}, new double[] {24, 6}, 0, 0, 1);
        PiecewiseFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(0, 1), breaks(Breaks.ONE, BreakModel.CONTINUOUS));
        assertEquals(1, fit.breakCount());
        assertEquals(2011.37, fit.breakpoints().get(0).year(), 1e-4);
        assertEquals(24, fit.segments().get(0).months(), 1e-6);
        assertEquals(6, fit.segments().get(1).months(), 1e-6);
        assertEquals(0, fit.sse(), 1e-9);
        assertEquals(60, fit.segments().stream().mapToInt(s -> s.points().size()).sum());
    }

    @Test
    void noisyHingeBreakAndBothTimesAreInsideTheirIntervals() {
        TrendDataset data = piecewise(150, 1995, 2022, new double[] {2009}, new double[] {23, 6.5}, 0, 0.8, 5);
        PiecewiseFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(1_000, 3),
                breaks(Breaks.ONE, BreakModel.CONTINUOUS));
        PiecewiseFit.Breakpoint b = fit.breakpoints().get(0);
        assertTrue(b.ci95Years().contains(2009), () -> "break CI " + b.ci95Years());
        assertTrue(b.ci95Years().contains(b.year()));
        assertTrue(b.ci95Years().high() - b.ci95Years().low() < 6, () -> "break CI too wide: " + b.ci95Years());
        TrendFit before = fit.segments().get(0);
        TrendFit after = fit.segments().get(1);
        assertTrue(before.bootstrapCi95Months().contains(23), () -> "before " + before.bootstrapCi95Months());
        assertTrue(after.bootstrapCi95Months().contains(6.5), () -> "after " + after.bootstrapCi95Months());
        assertTrue(after.tCi95Months().contains(6.5), () -> "after t " + after.tCi95Months());
        assertEquals(TrendDirection.GROWING, fit.direction());
        assertEquals(2, fit.bands().size());
        assertTrue(fit.bands().get(0).hasBand());
    }

    @Test
    void discontinuousBreakFallsInTheGapAndNamesIt() {
        // Dates avoid (2008, 2010): the break, with a level jump, is somewhere in that gap.
        TrendDataset all = piecewise(200, 1995, 2022, new double[] {2009}, new double[] {20, 8}, 3, 0.4, 9);
        TrendDataset data = all.withPoints("gap", all.points().stream()
                .filter(p -> p.decimalYear() < 2008 || p.decimalYear() > 2010).toList());
        PiecewiseFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(500, 3),
                breaks(Breaks.ONE, BreakModel.DISCONTINUOUS));
        PiecewiseFit.Breakpoint b = fit.breakpoints().get(0);
        assertTrue(b.between().low() < 2008 && b.between().low() > 2007, () -> "between " + b.between());
        assertTrue(b.between().high() > 2010 && b.between().high() < 2011, () -> "between " + b.between());
        assertEquals((b.between().low() + b.between().high()) / 2, b.year(), 1e-9);
        assertTrue(fit.segments().get(0).bootstrapCi95Months().contains(20));
        assertTrue(fit.segments().get(1).bootstrapCi95Months().contains(8));
    }

    @Test
    void twoBreaksAreBothFound() {
        TrendDataset data = piecewise(240, 1980, 2022, new double[] {1995, 2010}, new double[] {30, 10, 4}, 0, 0.3,
                11);
        for (BreakModel model : BreakModel.values()) {
            PiecewiseFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(200, 3), breaks(Breaks.TWO, model));
            assertEquals(2, fit.breakCount());
            assertEquals(1995, fit.breakpoints().get(0).year(), 1.5, model.id());
            assertEquals(2010, fit.breakpoints().get(1).year(), 1.0, model.id());
            fit.breakpoints().forEach(b -> assertTrue(b.ci95Years().contains(b.year()), model.id()));
            assertEquals(3, fit.segments().size());
            double[] months = {30, 10, 4};
            for (int j = 0; j < 3; j++) {
                TrendFit segment = fit.segments().get(j);
                assertEquals(months[j], segment.months(), months[j] * 0.1, model.id() + " segment " + j);
                assertTrue(segment.bootstrapCi95Months().contains(segment.months()), model.id());
            }
        }
    }

    /**
     * Over many data sets with a known break, the bootstrap intervals of the break date and of both segments' times
     * must cover the truth about 95% of the time (measured: continuous 93/91/92 of 100, discontinuous 100/96/92; the
     * t-intervals given the break date cover less for the hinge, about 80%, as they ignore where the break is).
     */
    @ParameterizedTest
    @EnumSource(BreakModel.class)
    void bootstrapIntervalsCoverTheTruthAboutNinetyFivePercentOfTheTime(BreakModel model) {
        int trials = 60;
        int breakCovered = 0;
        int beforeCovered = 0;
        int afterCovered = 0;
        for (int seed = 0; seed < trials; seed++) {
            TrendDataset data = piecewise(80, 1995, 2022, new double[] {2009}, new double[] {23, 6.5},
                    model == BreakModel.DISCONTINUOUS ? 2 : 0, 0.8, 1000 + seed);
            PiecewiseFit fit = fit(data, FitOptions.DEFAULT.withBootstrap(199, seed), breaks(Breaks.ONE, model));
            breakCovered += fit.breakpoints().get(0).ci95Years().contains(2009) ? 1 : 0;
            beforeCovered += fit.segments().get(0).bootstrapCi95Months().contains(23) ? 1 : 0;
            afterCovered += fit.segments().get(1).bootstrapCi95Months().contains(6.5) ? 1 : 0;
        }
        for (int covered : new int[] {breakCovered, beforeCovered, afterCovered}) {
            double rate = covered / (double) trials;
            int b = breakCovered;
            int f = beforeCovered;
            int a = afterCovered;
            assertTrue(rate >= 0.85, () -> model.id() + ": break " + b + ", before " + f + ", after " + a + " of "
                    + trials);
        }
    }

    @ParameterizedTest
    @EnumSource(BreakModel.class)
    void bicPicksTheTrueNumberOfBreaks(BreakModel model) {
        BreakpointOptions auto = breaks(Breaks.AUTO, model);
        FitOptions quick = FitOptions.DEFAULT.withBootstrap(0, 1);
        TrendDataset straight = SyntheticTrend.of(120, 1990, 30, 12, 0.6, 4);
        TrendDataset one = piecewise(120, 1990, 2020, new double[] {2005}, new double[] {24, 6}, 0, 0.6, 4);
        TrendDataset two = piecewise(240, 1980, 2022, new double[] {1995, 2010}, new double[] {30, 10, 4}, 0, 0.3, 4);
        assertEquals(0, fit(straight, quick, auto).breakCount());
        assertEquals(1, fit(one, quick, auto).breakCount());
        assertEquals(2, fit(two, quick, auto).breakCount());
        assertEquals(3, fit(two, quick, auto).scores().size());
        assertTrue(fit(one, quick, auto).chosenByBic());
    }

    @Test
    void askingForABreakTheDataDoNotNeedIsFlagged() {
        TrendDataset straight = SyntheticTrend.of(120, 1990, 30, 12, 0.6, 4);
        PiecewiseFit fit = fit(straight, FitOptions.DEFAULT.withBootstrap(0, 1),
                breaks(Breaks.ONE, BreakModel.CONTINUOUS));
        assertEquals(1, fit.breakCount());
        assertTrue(fit.warnings().stream().anyMatch(w -> w.kind() == FitWarning.Kind.FEWER_BREAKS),
                () -> fit.warnings().toString());
    }

    @Test
    void tooFewPointsForTheBreaksIsAClearError() {
        TrendDataset data = SyntheticTrend.of(8, 2010, 8, 12, 0.2, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(data, FitOptions.DEFAULT, breaks(Breaks.TWO, BreakModel.CONTINUOUS)));
        assertTrue(e.getMessage().contains("at least 15 points"), e.getMessage());
    }

    @Test
    void sameSeedSameIntervalsAndTheFilterAndWindowApply() {
        TrendDataset data = piecewise(100, 1995, 2022, new double[] {2009}, new double[] {23, 6.5}, 0, 0.8, 5);
        FitOptions options = FitOptions.DEFAULT.withBootstrap(300, 8).withRange(
                new org.algoeff.workbench.model.DateRange(LocalDate.of(2000, 1, 1), null));
        PiecewiseFit a = fit(data, options, breaks(Breaks.ONE, BreakModel.CONTINUOUS));
        PiecewiseFit b = fit(data, options, breaks(Breaks.ONE, BreakModel.CONTINUOUS));
        assertEquals(a.breakpoints(), b.breakpoints());
        assertTrue(a.segments().get(0).from().getYear() >= 2000);
        long inWindow = data.points().stream().filter(p -> p.date().getYear() >= 2000).count();
        assertEquals(inWindow, a.points());
    }

    @Test
    void frontierFitReselectsTheFrontierInEveryResample() {
        // A declining quantity: the best-so-far points fall slowly, then fast after 2012.
        TrendDataset data = piecewise(300, 2000, 2022, new double[] {2012}, new double[] {-40, -8}, 0, 1.5, 21);
        FitOptions frontier = FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(300, 2)
                .withDirection(TrendDirection.DECLINING);
        PiecewiseFit fit = fit(data, frontier, new BreakpointOptions(Breaks.ONE, BreakModel.CONTINUOUS, 3));
        assertTrue(fit.frontierOnly());
        assertTrue(fit.points() < 60, () -> fit.points() + " frontier points");
        assertTrue(fit.segments().get(1).months() < fit.segments().get(0).months());
        assertTrue(fit.warnings().stream().anyMatch(w -> w.kind() == FitWarning.Kind.FRONTIER));
    }

    @Test
    void cancelStopsTheBootstrap() {
        TrendDataset data = piecewise(100, 1995, 2022, new double[] {2009}, new double[] {23, 6.5}, 0, 0.8, 5);
        CancellationToken cancel = new CancellationToken();
        AtomicInteger reports = new AtomicInteger();
        ProgressSink progress = (f, m) -> {
            if (reports.incrementAndGet() == 3) {
                cancel.cancel();
            }
        };
        assertThrows(CancellationException.class, () -> fitter.fit(data, FitOptions.DEFAULT, breaks(Breaks.TWO,
                BreakModel.CONTINUOUS), progress, cancel));
    }
}
