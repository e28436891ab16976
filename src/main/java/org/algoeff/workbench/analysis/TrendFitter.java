// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;

import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Fits an exponential trend to dated quantities: OLS of log2(value) on decimal year, reported as a
 * doubling time (growing) or halving time (declining) in months with two 95% intervals, one from the
 * t-distribution of the slope and one from a seeded pairs bootstrap (which, for a frontier fit, re-selects the
 * frontier in every resample). Order of the steps: row filters, groups, frontier over the whole group (unless
 * {@link FitOptions.FrontierScope#WITHIN_WINDOW}), date window. Synchronous and cancellable.
 */
public final class TrendFitter {
    private static final double MONTHS_PER_YEAR = 12;
    private final String toolVersion;

    public TrendFitter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** The version written into every fit's provenance. */
    public String toolVersion() {
        return toolVersion;
    }

    /**
     * One fit of the rows passing {@code options.where()}; {@code options.groupBy()} is not applied (see
     * {@link #fitEach}).
     *
     * @throws IllegalArgumentException when a filter names no column, or fewer than 2 dates remain after the
     *                                  filters; the message says why
     */
    public TrendFit fit(TrendDataset data, FitOptions options, ProgressSink progress, CancellationToken cancel) {
        return fitSelected(RowSelection.where(data, options.where()), options, progress, cancel);
    }

    /**
     * One fit per group of {@code options.groupBy()} that has rows in the date window (most rows first), or a single
     * ungrouped fit when it is null; a group that cannot be fitted (too few dates) carries the reason instead of
     * failing the others.
     *
     * @throws IllegalArgumentException when a filter or the grouping names a column the data set does not have
     */
    public List<GroupFit> fitEach(TrendDataset data, FitOptions options, ProgressSink progress,
                                  CancellationToken cancel) {
        TrendDataset selected = RowSelection.where(data, options.where());
        if (options.groupBy() == null) {
            return List.of(attempt(null, selected, options, progress, cancel));
        }
        List<RowSelection.Group> groups = RowSelection.groupsInWindow(selected, options);
        List<GroupFit> fits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            cancel.throwIfCancelled();
            RowSelection.Group g = groups.get(i);
            double start = (double) i / groups.size();
            ProgressSink part = (fraction, message) -> progress.progress(start + fraction / groups.size(),
                    g.label() + ": " + message);
            fits.add(attempt(g.label(), g.data(), options, part, cancel));
        }
        return fits;
    }

    private GroupFit attempt(String group, TrendDataset data, FitOptions options, ProgressSink progress,
                             CancellationToken cancel) {
        int rows = RowSelection.inWindow(data, options);
        try {
            return new GroupFit(group, data, rows, fitSelected(data, options, progress, cancel), null);
        } catch (IllegalArgumentException e) {
            return new GroupFit(group, data, rows, null, e.getMessage());
        }
    }


    private TrendFit fitSelected(TrendDataset data, FitOptions options, ProgressSink progress,
                                 CancellationToken cancel) {
        return sampled(FitSelection.of(data, options), progress, cancel).fit();
    }

    /**
     * A fit and the bootstrap slopes its interval came from: what a quantity derived from several fits (effective
     * compute) propagates its interval with.
     *
     * @param fit    the fit, as {@link #fit} gives it
     * @param slopes its sorted bootstrap slopes in log2 per year (empty when no bootstrap was drawn)
     */
    public record SampledFit(TrendFit fit, double[] slopes) {
    }

    /**
     * {@link #fit} with the bootstrap slopes kept (rows filtered by {@code options.where()}; no grouping).
     *
     * @throws IllegalArgumentException as {@link #fit}
     */
    public SampledFit fitSampled(TrendDataset data, FitOptions options, ProgressSink progress,
                                 CancellationToken cancel) {
        return sampled(FitSelection.of(RowSelection.where(data, options.where()), options), progress, cancel);
    }

    private SampledFit sampled(FitSelection selection, ProgressSink progress, CancellationToken cancel) {
        FitOptions options = selection.options();
        TrendDataset data = selection.data();
        List<TrendPoint> used = selection.used();
        List<TrendPoint> candidates = selection.candidates();
        double[] x = FitSelection.decimalYears(used);
        double[] y = FitSelection.log2(used);
        int n = used.size();
        LeastSquares ols = LeastSquares.fit(x, y, n);
        TrendDirection direction = options.direction() != null ? options.direction() : directionOf(ols.slope());
        Interval tInterval = n > 2 ? tInterval(ols, direction) : new Interval(Double.NaN, Double.NaN);
        int resamples = n > 2 ? options.bootstrapResamples() : 0;
        double[] slopes = resamples == 0 ? new double[0]
                : selection.bootstrapSlopes(resamples, options.seed(), progress, cancel);
        Interval bootInterval = resamples == 0 ? new Interval(Double.NaN, Double.NaN)
                : percentileMonths(slopes, direction);
        TrendPoint first = used.get(0);
        TrendPoint last = used.get(n - 1);
        boolean declining = direction == TrendDirection.DECLINING;
        double factor = declining ? first.value() / last.value() : last.value() / first.value();
        double span = last.decimalYear() - first.decimalYear();
        double fittedFactor = Math.pow(2, (declining ? -ols.slope() : ols.slope()) * span);
        progress.progress(1, "fitted " + n + " points");
        TrendFit fit = new TrendFit(used, first.date(), last.date(), ols.slope(), ols.intercept(), ols.r2(),
                direction, months(ols.slope(), direction), bootInterval, tInterval, factor, fittedFactor, resamples,
                options.seed(), options.frontierOnly(), candidates.size(),
                FitWarnings.of(data, used, candidates.size(), options.frontierOnly(), resamples, bootInterval,
                        tInterval),
                provenance(data, options, direction));
        return new SampledFit(fit, slopes);
    }

    /** The 95% percentile interval of sorted bootstrap slopes, in months. */
    static Interval percentileMonths(double[] sortedSlopes, TrendDirection direction) {
        return monthsInterval(SlopeBootstrap.percentile(sortedSlopes, 0.025),
                SlopeBootstrap.percentile(sortedSlopes, 0.975), direction);
    }

    /** Sign of the OLS slope over the points: the direction the data actually move in. */
    static TrendDirection directionOf(List<TrendPoint> points) {
        double[] x = FitSelection.decimalYears(points);
        return directionOf(LeastSquares.fit(x, FitSelection.log2(points), x.length).slope());
    }

    private static TrendDirection directionOf(double slopeLog2PerYear) {
        return slopeLog2PerYear >= 0 ? TrendDirection.GROWING : TrendDirection.DECLINING;
    }

    /**
     * Doubling or halving time for a slope in doublings per year; infinite when the slope points the other way
     * (the data do not double/halve at all).
     */
    static double months(double slopeLog2PerYear, TrendDirection direction) {
        double rate = direction == TrendDirection.GROWING ? slopeLog2PerYear : -slopeLog2PerYear;
        return rate > 0 ? MONTHS_PER_YEAR / rate : Double.POSITIVE_INFINITY;
    }

    /** Maps a slope interval to a months interval; a faster slope means a shorter time. */
    static Interval monthsInterval(double slopeLow, double slopeHigh, TrendDirection direction) {
        double a = months(slopeLow, direction);
        double b = months(slopeHigh, direction);
        return new Interval(Math.min(a, b), Math.max(a, b));
    }

    static Interval tInterval(LeastSquares ols, TrendDirection direction) {
        return tInterval(ols.slope(), ols.slopeStandardError(), ols.n() - 2, direction);
    }

    /** The t-interval of a slope with standard error {@code se} on {@code df} degrees of freedom, in months. */
    static Interval tInterval(double slope, double se, int df, TrendDirection direction) {
        double t = new TDistribution(null, df).inverseCumulativeProbability(0.975);
        double half = t * se;
        return monthsInterval(slope - half, slope + half, direction);
    }

    private Provenance provenance(TrendDataset data, FitOptions options, TrendDirection direction) {
        Map<String, String> parameters = new LinkedHashMap<>(data.provenance().parameters());
        parameters.put("dataset", data.name());
        parameters.put("frontierOnly", Boolean.toString(options.frontierOnly()));
        parameters.put("frontierScope", options.frontierScope().name().toLowerCase(Locale.ROOT));
        parameters.put("from", options.from() == null ? "" : options.from().toString());
        parameters.put("to", options.to() == null ? "" : options.to().toString());
        parameters.put("where", RowFilter.joinAll(options.where()));
        parameters.put("groupBy", options.groupBy() == null ? "" : options.groupBy());
        parameters.put("direction", direction.name().toLowerCase(Locale.ROOT));
        parameters.put("bootstrapResamples", Integer.toString(options.bootstrapResamples()));
        parameters.put("seed", Long.toString(options.seed()));
        parameters.put("method", "OLS of log2(value) on decimal year; 95% CI: t-distribution and pairs bootstrap"
                + (options.frontierOnly() ? " re-selecting the frontier in every resample" : ""));
        return new Provenance(data.provenance().sources(), parameters, toolVersion, java.time.Instant.now());
    }
}
