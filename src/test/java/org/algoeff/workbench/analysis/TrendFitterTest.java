// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.RowFilter;
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

    /** A record is a record: B (2012) never beat A (2010), so it is no frontier point inside a window from 2011. */
    @Test
    void frontierIsChosenOverTheWholeDataSetBeforeTheDateWindow() {
        List<TrendPoint> points = List.of(point("A", 2010, 100), point("B", 2012, 200), point("C", 2014, 50),
                point("D", 2016, 10));
        FitOptions window = FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(0, 1)
                .withRange(new DateRange(LocalDate.of(2011, 1, 1), null));
        TrendFit whole = fit(SyntheticTrend.dataset(points), window);
        assertEquals(List.of("C", "D"), labels(whole));
        assertEquals(3, whole.candidates(), "B, C and D are in the window");

        TrendFit inside = fit(SyntheticTrend.dataset(points),
                window.withFrontierScope(FitOptions.FrontierScope.WITHIN_WINDOW));
        assertEquals(List.of("B", "C", "D"), labels(inside), "the old rule: the window first, then the frontier");
        assertEquals(20.0, inside.factor(), 1e-12);
    }

    @Test
    void frontierBootstrapResamplesTheCandidatesNotOnlyTheFrontier() {
        // 40 points around a 12-month halving, a handful of them records: the interval comes from resampling all
        // 40 with the frontier re-selected (FrontierBootstrapTest checks its distribution exactly), so it differs
        // from a bootstrap of the frontier points as a data set of their own.
        TrendDataset data = SyntheticTrend.of(40, 2010, 10, -12, 1.0, 5);
        TrendFit frontier = fit(data, FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(4_000, 3));
        TrendFit fixedSelection = fit(SyntheticTrend.dataset(frontier.points()),
                FitOptions.DEFAULT.withBootstrap(4_000, 3));
        assertEquals(40, frontier.candidates());
        assertTrue(frontier.points().size() < 15, () -> frontier.points().size() + " records");
        assertEquals(fixedSelection.months(), frontier.months(), 1e-9, "same points, same line");
        assertTrue(frontier.bootstrapCi95Months().contains(frontier.months()));
        assertTrue(!frontier.bootstrapCi95Months().equals(fixedSelection.bootstrapCi95Months()));
        assertTrue(frontier.provenance().parameters().get("method").contains("re-selecting the frontier"));
    }

    @Test
    void fittedFactorIsTheLinesChangeAndFactorTheEndPoints() {
        // On a 12-month doubling line except for a last point 4x too low: the line gains 2^(slope x span), 4 years.
        List<TrendPoint> points = List.of(point("a", 2010, 1), point("b", 2011, 2), point("c", 2012, 4),
                point("d", 2013, 8), point("e", 2014, 4));
        TrendFit fit = fit(SyntheticTrend.dataset(points), FitOptions.DEFAULT.withBootstrap(0, 1));
        assertEquals(4.0, fit.factor(), 1e-12, "last / first");
        assertEquals(Math.pow(2, fit.slopeLog2PerYear() * fit.spanYears()), fit.fittedFactor(), 1e-9);
        assertEquals(Math.pow(2, 0.6 * 4), fit.fittedFactor(), 1e-6, "OLS slope of log2 0,1,2,3,2 is 0.6 a year");
    }

    @Test
    void warningsNameFewPointsFrontierAndUnboundedIntervals() {
        List<TrendPoint> flat = List.of(point("a", 2010, 10), point("b", 2011, 5), point("c", 2012, 12),
                point("d", 2013, 6), point("e", 2014, 11));
        TrendFit fit = fit(SyntheticTrend.dataset(flat), FitOptions.DEFAULT.withBootstrap(500, 1));
        assertEquals(List.of(FitWarning.Kind.FEW_POINTS, FitWarning.Kind.UNBOUNDED_INTERVAL), kinds(fit));

        TrendDataset many = SyntheticTrend.of(40, 2010, 10, -12, 0.3, 5);
        assertEquals(List.of(), kinds(fit(many, FitOptions.DEFAULT.withBootstrap(200, 1))));
        assertTrue(kinds(fit(many, FitOptions.DEFAULT.withFrontierOnly(true).withBootstrap(200, 1)))
                .contains(FitWarning.Kind.FRONTIER));
    }

    @Test
    void mixedTargetsAndRowCaveatsAreWarnings() {
        List<TrendPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            points.add(new TrendPoint("m" + i, LocalDate.of(2010 + i, 1, 1), Math.pow(2, -i),
                    Map.of("target", i < 6 ? "top-1 76%" : "top-5 93%", "caveat", i < 5 ? "date guessed" : "")));
        }
        TrendFit fit = fit(SyntheticTrend.dataset(points), FitOptions.DEFAULT.withBootstrap(0, 1));
        assertEquals(List.of(FitWarning.Kind.MIXED_TARGETS, FitWarning.Kind.DATA_CAVEAT), kinds(fit));
        assertTrue(fit.warnings().get(0).message().contains("2 different targets (top-1 76%; top-5 93%)"),
                fit.warnings().get(0).message());
        assertEquals("m0, m1, m2 and 2 more: date guessed", fit.warnings().get(1).message());
    }

    @Test
    void eachGroupGetsItsOwnFitLargestFirst() {
        List<TrendPoint> points = new java.util.ArrayList<>();
        SyntheticTrend.of(30, 2010, 10, 6, 0.2, 1).points().forEach(p -> points.add(tagged(p, "fast")));
        SyntheticTrend.of(20, 2010, 10, 24, 0.2, 2).points().forEach(p -> points.add(tagged(p, "slow")));
        points.add(tagged(point("alone", 2015, 1e16), "single"));
        points.add(tagged(point("early", 2001, 1e16), "before the window"));
        FitOptions options = FitOptions.DEFAULT.withGroupBy("Kind").withBootstrap(0, 1)
                .withRange(new DateRange(LocalDate.of(2005, 1, 1), null));
        List<GroupFit> groups = fitter.fitEach(SyntheticTrend.dataset(points), options, ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(List.of("kind=fast", "kind=slow", "kind=single"), groups.stream().map(GroupFit::group).toList(),
                "a group with no row in the window is left out");
        assertEquals(6, groups.get(0).fit().months(), 0.5);
        assertEquals(24, groups.get(1).fit().months(), 2);
        assertEquals(1, groups.get(2).rows());
        assertTrue(groups.get(2).error().contains("at least 2 different dates"), groups.get(2).error());
    }

    @Test
    void rowFiltersSelectBeforeTheFit() {
        List<TrendPoint> points = new java.util.ArrayList<>();
        SyntheticTrend.of(30, 2010, 10, 6, 0.2, 1).points().forEach(p -> points.add(tagged(p, "fast")));
        SyntheticTrend.of(20, 2010, 10, 24, 0.2, 2).points().forEach(p -> points.add(tagged(p, "slow")));
        TrendFit slow = fit(SyntheticTrend.dataset(points), FitOptions.DEFAULT.withBootstrap(0, 1)
                .withWhere(List.of(RowFilter.parse("kind!=fast"))));
        assertEquals(20, slow.points().size());
        assertEquals(24, slow.months(), 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(
                SyntheticTrend.dataset(points), FitOptions.DEFAULT.withWhere(List.of(RowFilter.parse("kin=fast")))));
        assertTrue(e.getMessage().contains("no column named 'kin'; columns are: kind"), e.getMessage());
    }

    private static TrendPoint tagged(TrendPoint p, String kind) {
        return new TrendPoint(p.label(), p.date(), p.value(), Map.of("kind", kind));
    }

    private static List<FitWarning.Kind> kinds(TrendFit fit) {
        return fit.warnings().stream().map(FitWarning::kind).toList();
    }

    private static List<String> labels(TrendFit fit) {
        return fit.points().stream().map(TrendPoint::label).toList();
    }

    private static double width(Interval i) {
        return i.high() - i.low();
    }

    private static TrendPoint point(String label, int year, double value) {
        return new TrendPoint(label, LocalDate.of(year, 1, 1), value);
    }
}
