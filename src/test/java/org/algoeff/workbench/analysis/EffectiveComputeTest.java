// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.analysis.plot.EffectiveComputeChart;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Effective compute on synthetic data with known doubling and halving times. */
class EffectiveComputeTest {
    private final EffectiveCompute combiner = new EffectiveCompute(new TrendFitter("test"));
    private static final LocalDate FROM = LocalDate.of(2012, 1, 1);
    private static final LocalDate TO = LocalDate.of(2018, 1, 1);

    private EffectiveCompute.Result combine(TrendDataset compute, TrendDataset efficiency, int resamples) {
        FitOptions o = FitOptions.DEFAULT.withBootstrap(resamples, 5);
        return combiner.combine(new EffectiveCompute.Request(compute, o, efficiency, o, FROM, TO), ProgressSink.NONE,
                CancellationToken.NEVER);
    }

    @Test
    void noiseFreeFactorsAreExact() {
        // 6-month doubling and 12-month halving over the 6 years 2012-2018: 2^12 x 2^6 = 2^18.
        TrendDataset compute = SyntheticTrend.of(40, 2010, 10, 6, 0, 1);
        TrendDataset efficiency = SyntheticTrend.of(40, 2010, 10, -12, 0, 2);
        EffectiveCompute.Result r = combine(compute, efficiency, 0);
        double years = r.request().years();
        assertEquals(6, years, 1e-9);
        assertEquals(Math.pow(2, 12), r.compute().value(), 1e-6 * Math.pow(2, 12));
        assertEquals(64, r.algorithms().value(), 1e-6 * 64);
        assertEquals(Math.pow(2, 18), r.effective().value(), 1e-6 * Math.pow(2, 18));
        assertTrue(r.computeFit().points().stream().allMatch(p -> !p.date().isBefore(FROM) && !p.date().isAfter(TO)),
                "both fits are made inside the window");
        assertTrue(r.readout().startsWith("~4096x from compute x ~64x from algorithms = ~2.6e+05x effective, "
                + "2012-01-01 to 2018-01-01 (6.0 years)"), r.readout());
    }

    @Test
    void noisyFactorsAreInsideTheirIntervalsAndTheProductsIntervalCombinesIndependentDraws() {
        TrendDataset compute = SyntheticTrend.of(60, 2011, 8, 6, 1.0, 3);
        TrendDataset efficiency = SyntheticTrend.of(30, 2011, 8, -12, 0.5, 4);
        EffectiveCompute.Result r = combine(compute, efficiency, 2_000);
        assertTrue(r.compute().ci95().contains(Math.pow(2, 12)), () -> "compute " + r.compute());
        assertTrue(r.algorithms().ci95().contains(64), () -> "algorithms " + r.algorithms());
        assertTrue(r.effective().ci95().contains(Math.pow(2, 18)), () -> "effective " + r.effective());
        double wc = log2Width(r.compute());
        double wa = log2Width(r.algorithms());
        double we = log2Width(r.effective());
        // Independent draws: the widths add in quadrature (about), not linearly as for draws paired in order.
        assertTrue(we < 0.9 * (wc + wa), () -> we + " vs " + wc + " + " + wa);
        assertTrue(we > Math.max(wc, wa), () -> we + " vs " + wc + ", " + wa);
    }

    @Test
    void theChartHasThreeLinesFromOneTimesWithBands() {
        EffectiveCompute.Result r = combine(SyntheticTrend.of(60, 2011, 8, 6, 1.0, 3),
                SyntheticTrend.of(30, 2011, 8, -12, 0.5, 4), 500);
        PlotSpec spec = EffectiveComputeChart.spec(r);
        assertEquals(3, spec.fits().size());
        spec.fits().forEach(l -> {
            assertEquals(1, l.line().get(0).y(), 1e-12, "every line starts at 1x on the first day");
            assertTrue(l.hasBand());
        });
        assertEquals(r.effective().value(), spec.fits().get(2).line().get(spec.fits().get(2).line().size() - 1).y(),
                r.effective().value() * 1e-9);
        assertTrue(spec.y().log());
    }

    @Test
    void aSideWithTooFewDatesIsNamed() {
        TrendDataset sparse = SyntheticTrend.of(3, 2000, 2, 6, 0.1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> combine(sparse, SyntheticTrend.of(30, 2011, 8, -12, 0.5, 4), 0));
        assertTrue(e.getMessage().startsWith("compute data set: a trend needs points on at least 2 different dates"),
                e.getMessage());
    }

    private static double log2Width(EffectiveCompute.Factor f) {
        return Math.log(f.ci95().high() / f.ci95().low()) / Math.log(2);
    }
}
