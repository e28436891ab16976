// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.RecipeYear;

/**
 * The ladder's halving time with a bootstrap interval over seeds and recipes: each resample draws the recipes with
 * replacement and, within each drawn recipe, its seeds with replacement, takes each recipe's median (a missed seed
 * is +infinity) and fits log2(median compute-to-target) against the recipe's year (1 July) by least squares. A
 * resample whose median is infinite for a recipe drops that recipe; one left with fewer than two years is not a fit
 * and counts against neither end. With fewer than {@value #MIN_RECIPES_FOR_INTERVAL} recipes on the ladder there is
 * no interval: half the resamples of two recipes draw one recipe twice and the rest only reshuffle seeds, which
 * says nothing of how eras vary about the line. Recipes most of whose seeds missed are not on the ladder: they are a
 * capability the older recipes lack, not an infinite compute ({@link #neverReached}).
 *
 * @param months        halving time of the point fit (medians of all seeds), months; NaN without two years
 * @param low           2.5 % percentile of the resampled halving times (months)
 * @param high          97.5 % percentile (months; +infinity when 2.5 % or more of the resamples did not decline)
 * @param declining     whether the point fit declines
 * @param recipes       recipes on the ladder (median reached)
 * @param resamples     bootstrap resamples that made a fit
 * @param neverReached  recipes whose median missed the target, "mlp-1986 (0 of 5 seeds)"
 */
public record LadderTrend(double months, double low, double high, boolean declining, int recipes, int resamples,
        List<String> neverReached) {
    /** Resamples of the bootstrap. */
    public static final int RESAMPLES = 2000;
    /** Seed of the bootstrap generator, so the interval is reproducible. */
    public static final long SEED = 20_200_505L;
    /** Recipes on the ladder below which no interval is given. */
    public static final int MIN_RECIPES_FOR_INTERVAL = 3;

    public LadderTrend {
        neverReached = List.copyOf(neverReached);
    }

    /** The trend of the ladder's summaries (one per recipe, each with its seeds' values). */
    public static LadderTrend of(List<RerunSummary> summaries) {
        List<RerunSummary> on = summaries.stream().filter(RerunSummary::onLadder).toList();
        List<String> never = summaries.stream().filter(s -> !s.onLadder())
                .map(s -> String.format(Locale.ROOT, "%s (%d of %d seeds)", s.recipe(), s.reached(), s.seeds())).toList();
        double[] years = on.stream().mapToDouble(s -> DecimalYear.of(RecipeYear.date(s.year()))).toArray();
        double[] medians = on.stream().mapToDouble(RerunSummary::medianComputeToTarget).toArray();
        double slope = slope(years, medians);
        List<Double> resampled = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        for (int b = 0; b < RESAMPLES && on.size() >= MIN_RECIPES_FOR_INTERVAL; b++) {
            double[] y = new double[on.size()];
            double[] v = new double[on.size()];
            int n = 0;
            for (int i = 0; i < on.size(); i++) {
                RerunSummary s = on.get(random.nextInt(on.size()));
                double[] seeds = s.computeToTarget().stream().mapToDouble(Double::doubleValue).toArray();
                double[] draw = new double[seeds.length];
                for (int j = 0; j < draw.length; j++) {
                    draw[j] = seeds[random.nextInt(seeds.length)];
                }
                double m = SeedStatistics.median(draw);
                if (Double.isFinite(m)) {
                    y[n] = DecimalYear.of(RecipeYear.date(s.year()));
                    v[n++] = m;
                }
            }
            double sl = slope(java.util.Arrays.copyOf(y, n), java.util.Arrays.copyOf(v, n));
            if (!Double.isNaN(sl)) {
                resampled.add(sl);
            }
        }
        double[] slopes = resampled.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lowSlope = percentile(slopes, 0.025);
        double highSlope = percentile(slopes, 0.975);
        // A steeper decline (more negative slope) is a shorter halving time: the low end of months comes from the
        // most negative slope; a slope at or above 0 is no decline (infinite halving time).
        return new LadderTrend(months(slope), months(lowSlope), months(highSlope), slope < 0, on.size(),
                slopes.length, never);
    }

    private static double months(double slopeLog2PerYear) {
        if (Double.isNaN(slopeLog2PerYear)) {
            return Double.NaN;
        }
        return slopeLog2PerYear < 0 ? -12 / slopeLog2PerYear : Double.POSITIVE_INFINITY;
    }

    /** Least-squares slope of log2(value) on year; NaN with fewer than two distinct years. */
    static double slope(double[] years, double[] values) {
        int n = years.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = java.util.Arrays.stream(years).average().orElse(0);
        double my = java.util.Arrays.stream(values).map(LadderTrend::log2).average().orElse(0);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (years[i] - mx) * (years[i] - mx);
            sxy += (years[i] - mx) * (log2(values[i]) - my);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
        return sorted[i];
    }

    /** "halves every 58.3 months (95% bootstrap interval over seeds and recipes 31.0-inf, 1998 of 2000 resamples)". */
    public String describe() {
        if (Double.isNaN(months)) {
            return recipes + " recipe(s) on the ladder: a trend needs two recipe years";
        }
        String verb = declining ? "halves every " + format(months) + " months" : "does not decline (fitted slope >= 0)";
        if (resamples == 0) {
            return String.format(Locale.ROOT, "compute-to-target %s (%d recipes: too few for an interval over "
                    + "recipes)", verb, recipes);
        }
        return String.format(Locale.ROOT, "compute-to-target %s (95%% bootstrap interval over seeds and recipes "
                + "%s-%s months, %d resamples, %d recipes)", verb, format(low), format(high), resamples, recipes);
    }

    private static String format(double m) {
        return Double.isInfinite(m) ? "no decline" : Double.isNaN(m) ? "?" : String.format(Locale.ROOT, "%.1f", m);
    }
}
