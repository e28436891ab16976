// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Effective compute (Hernandez &amp; Brown 2020, section 5.4): the growth of training compute (a compute data set such
 * as Epoch AI's largest runs) times the gain in algorithmic efficiency (a compute-to-target data set such as HB20's),
 * over the same years. Both are fitted with {@link TrendFitter} inside the same date window; each factor is the
 * fitted line's change over the window, 2^(|slope| x years). The product's interval propagates both fits'
 * uncertainty: the two bootstraps are independent (different seeds) and are paired at random, so the product's
 * percentiles are those of independent draws. Synchronous and cancellable.
 */
public final class EffectiveCompute {
    private final TrendFitter fitter;

    public EffectiveCompute(TrendFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * What to combine.
     *
     * @param compute           the compute-growth data set (fitted growing)
     * @param computeOptions    its filters, frontier, bootstrap and seed (its dates are replaced by the window)
     * @param efficiency        the efficiency data set: compute to a fixed target (fitted declining)
     * @param efficiencyOptions its filters and frontier (bootstrap and seed are the compute side's)
     * @param from              first day of the window
     * @param to                last day of the window, after {@code from}
     */
    public record Request(TrendDataset compute, FitOptions computeOptions, TrendDataset efficiency,
                          FitOptions efficiencyOptions, LocalDate from, LocalDate to) {
        public Request {
            Objects.requireNonNull(compute, "compute");
            Objects.requireNonNull(efficiency, "efficiency");
            Objects.requireNonNull(computeOptions, "computeOptions");
            Objects.requireNonNull(efficiencyOptions, "efficiencyOptions");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("the window must end after it starts: " + from + " to " + to);
            }
        }

        /** Window length in years. */
        public double years() {
            return DecimalYear.of(to) - DecimalYear.of(from);
        }
    }

    /**
     * A factor over the window.
     *
     * @param value the fitted factor, 2^(slope x years)
     * @param ci95  its 95% bootstrap interval (NaN ends without a bootstrap)
     */
    public record Factor(double value, Interval ci95) {
    }

    /**
     * Sorted bootstrap slopes in log2 per year.
     *
     * @param compute    the compute fit's
     * @param efficiency the efficiency fit's
     * @param effective  compute minus efficiency, paired at random
     */
    public record Samples(double[] compute, double[] efficiency, double[] effective) {
        public boolean empty() {
            return effective.length == 0;
        }

        /** The percentile (type 7, p in [0, 1]) of sorted samples: the rule of every bootstrap interval here. */
        public static double percentile(double[] sorted, double p) {
            return SlopeBootstrap.percentile(sorted, p);
        }
    }

    /**
     * The combination.
     *
     * @param request    what was combined
     * @param computeFit the compute data set's fit (growing)
     * @param efficiencyFit the efficiency data set's fit (declining)
     * @param compute    how much more compute: 2^(compute slope x years)
     * @param algorithms how much less compute the same result needs: 2^(-efficiency slope x years)
     * @param effective  their product
     * @param samples    the bootstrap slopes (log2 per year, sorted) of the compute fit, of the efficiency fit and of
     *                   their difference (the effective slope); empty without a bootstrap
     * @param warnings   both fits' warnings, each prefixed by its side, and the combination's own
     */
    public record Result(Request request, TrendFit computeFit, TrendFit efficiencyFit, Factor compute,
                         Factor algorithms, Factor effective, Samples samples, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        /** "~2.2e+06x from compute x ~25x from algorithms = ~5.5e+07x effective, 2012-2018". */
        public String readout() {
            return "~" + TrendReadout.factor(compute.value()) + ci(compute) + " from compute x ~"
                    + TrendReadout.factor(algorithms.value()) + ci(algorithms) + " from algorithms = ~"
                    + TrendReadout.factor(effective.value()) + ci(effective) + " effective, " + request.from() + " to "
                    + request.to() + String.format(Locale.ROOT, " (%.1f years)", request.years());
        }

        private static String ci(Factor f) {
            return Double.isNaN(f.ci95().low()) ? "" : " (95% CI " + TrendReadout.factor(f.ci95().low()) + "-"
                    + TrendReadout.factor(f.ci95().high()) + ")";
        }
    }

    /**
     * @throws IllegalArgumentException when either data set has fewer than two dates in the window (after its filters
     *                                  and frontier), naming which
     */
    public Result combine(Request r, ProgressSink progress, CancellationToken cancel) {
        DateRange window = new DateRange(r.from(), r.to());
        FitOptions c = r.computeOptions().withRange(window).withGroupBy(null).withDirection(TrendDirection.GROWING);
        FitOptions e = r.efficiencyOptions().withRange(window).withGroupBy(null)
                .withDirection(TrendDirection.DECLINING).withBootstrap(c.bootstrapResamples(), c.seed() + 1);
        TrendFitter.SampledFit computeFit = side("compute", () -> fitter.fitSampled(r.compute(), c,
                (f, m) -> progress.progress(f / 2, "compute: " + m), cancel));
        TrendFitter.SampledFit efficiencyFit = side("efficiency", () -> fitter.fitSampled(r.efficiency(), e,
                (f, m) -> progress.progress(0.5 + f / 2, "efficiency: " + m), cancel));
        double years = r.years();
        double sc = computeFit.fit().slopeLog2PerYear();
        double se = efficiencyFit.fit().slopeLog2PerYear();
        double[] sampled = pairedDifference(computeFit.slopes(), efficiencyFit.slopes(), c.seed() + 2);
        Factor compute = factor(sc, computeFit.slopes(), years, 1);
        Factor algorithms = factor(se, efficiencyFit.slopes(), years, -1);
        Factor effective = factor(sc - se, sampled, years, 1);
        progress.progress(1, "effective compute combined");
        return new Result(r, computeFit.fit(), efficiencyFit.fit(), compute, algorithms, effective,
                new Samples(computeFit.slopes(), efficiencyFit.slopes(), sampled),
                warnings(computeFit.fit(), efficiencyFit.fit()));
    }

    private interface Fit {
        TrendFitter.SampledFit run();
    }

    private static TrendFitter.SampledFit side(String name, Fit fit) {
        try {
            return fit.run();
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(name + " data set: " + ex.getMessage(), ex);
        }
    }

    /**
     * Compute slope minus efficiency slope, draw by draw, the efficiency draws in a seeded random order (both arrays
     * arrive sorted; pairing them sorted would make the two fits move together). Sorted. Empty when either is.
     */
    static double[] pairedDifference(double[] compute, double[] efficiency, long seed) {
        int n = Math.min(compute.length, efficiency.length);
        if (n == 0) {
            return new double[0];
        }
        double[] shuffled = efficiency.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            double t = shuffled[i];
            shuffled[i] = shuffled[k];
            shuffled[k] = t;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = compute[i] - shuffled[i];
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** 2^(sign x slope x years) with the interval of its sorted samples (sign -1: a decline read as a gain). */
    private static Factor factor(double slope, double[] sortedSamples, double years, int sign) {
        double value = Math.pow(2, sign * slope * years);
        if (sortedSamples.length == 0) {
            return new Factor(value, new Interval(Double.NaN, Double.NaN));
        }
        double a = Math.pow(2, sign * SlopeBootstrap.percentile(sortedSamples, 0.025) * years);
        double b = Math.pow(2, sign * SlopeBootstrap.percentile(sortedSamples, 0.975) * years);
        return new Factor(value, new Interval(Math.min(a, b), Math.max(a, b)));
    }

    private static List<String> warnings(TrendFit compute, TrendFit efficiency) {
        List<String> out = new ArrayList<>();
        if (compute.slopeLog2PerYear() <= 0) {
            out.add("the compute data set does not grow in this window: its factor is below 1");
        }
        if (efficiency.slopeLog2PerYear() >= 0) {
            out.add("the efficiency data set's compute to target does not fall in this window: no algorithmic gain");
        }
        for (FitWarning w : compute.warnings()) {
            out.add("compute: " + w.message());
        }
        for (FitWarning w : efficiency.warnings()) {
            out.add("efficiency: " + w.message());
        }
        return out;
    }
}
