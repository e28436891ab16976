// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<RowSelection.Group> groups = RowSelection.groups(selected, options.groupBy()).stream()
                .filter(g -> inWindow(g.data(), options) > 0)
                .sorted(Comparator.comparingLong((RowSelection.Group g) -> -inWindow(g.data(), options))
                        .thenComparing(RowSelection.Group::value))
                .toList();
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
        int rows = (int) inWindow(data, options);
        try {
            return new GroupFit(group, data, rows, fitSelected(data, options, progress, cancel), null);
        } catch (IllegalArgumentException e) {
            return new GroupFit(group, data, rows, null, e.getMessage());
        }
    }

    private static long inWindow(TrendDataset data, FitOptions options) {
        return data.points().stream().filter(p -> options.range().contains(p.date())).count();
    }

    private TrendFit fitSelected(TrendDataset data, FitOptions options, ProgressSink progress,
                                 CancellationToken cancel) {
        List<TrendPoint> inRange = data.points().stream().filter(p -> options.range().contains(p.date())).toList();
        requireTwo(inRange, "in the date range" + filtered(options));
        // The frontier follows what "better" means for the data; the readout follows where the fitted points go.
        TrendDirection better = options.direction() != null ? options.direction()
                : Frontier.betterDirection(data, inRange);
        List<TrendPoint> candidates = Frontier.walkOrder(inRange, better);
        double record = options.frontierScope() == FitOptions.FrontierScope.WHOLE_DATASET
                ? Frontier.recordBefore(data.points(), options.from(), better) : Frontier.noRecord(better);
        List<TrendPoint> used = options.frontierOnly() ? Frontier.select(candidates, better, record) : candidates;
        requireTwo(used, "on the frontier");
        double[] x = used.stream().mapToDouble(TrendPoint::decimalYear).toArray();
        double[] y = used.stream().mapToDouble(p -> log2(p.value())).toArray();
        int n = used.size();
        LeastSquares ols = LeastSquares.fit(x, y, n);
        TrendDirection direction = options.direction() != null ? options.direction() : directionOf(ols.slope());
        Interval tInterval = n > 2 ? tInterval(ols, direction) : new Interval(Double.NaN, Double.NaN);
        int resamples = n > 2 ? options.bootstrapResamples() : 0;
        Interval bootInterval = resamples == 0 ? new Interval(Double.NaN, Double.NaN)
                : bootstrapInterval(options.frontierOnly() ? candidates : used, options, better, record, direction,
                        progress, cancel);
        TrendPoint first = used.get(0);
        TrendPoint last = used.get(n - 1);
        boolean declining = direction == TrendDirection.DECLINING;
        double factor = declining ? first.value() / last.value() : last.value() / first.value();
        double span = last.decimalYear() - first.decimalYear();
        double fittedFactor = Math.pow(2, (declining ? -ols.slope() : ols.slope()) * span);
        progress.progress(1, "fitted " + n + " points");
        return new TrendFit(used, first.date(), last.date(), ols.slope(), ols.intercept(), ols.r2(), direction,
                months(ols.slope(), direction), bootInterval, tInterval, factor, fittedFactor, resamples,
                options.seed(), options.frontierOnly(), candidates.size(),
                FitWarnings.of(data, used, candidates.size(), options.frontierOnly(), resamples, bootInterval,
                        tInterval),
                provenance(data, options, direction));
    }

    /**
     * The percentile interval of bootstrap slopes, in months: pairs of the fitted points, or for a frontier fit
     * the candidates with the frontier re-selected in every resample.
     */
    private static Interval bootstrapInterval(List<TrendPoint> points, FitOptions options, TrendDirection better,
                                              double record, TrendDirection direction, ProgressSink progress,
                                              CancellationToken cancel) {
        double[] x = decimalYears(points);
        double[] y = log2(points);
        double[] slopes = options.frontierOnly()
                ? FrontierBootstrap.slopes(x, y, Double.isInfinite(record) ? record : log2(record),
                        better == TrendDirection.DECLINING, options.bootstrapResamples(), options.seed(), progress,
                        cancel)
                : SlopeBootstrap.slopes(x, y, x.length, options.bootstrapResamples(), options.seed(), progress, cancel);
        return monthsInterval(SlopeBootstrap.percentile(slopes, 0.025), SlopeBootstrap.percentile(slopes, 0.975),
                direction);
    }

    /** Sign of the OLS slope over the points: the direction the data actually move in. */
    static TrendDirection directionOf(List<TrendPoint> points) {
        double[] x = decimalYears(points);
        return directionOf(LeastSquares.fit(x, log2(points), x.length).slope());
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

    private static Interval tInterval(LeastSquares ols, TrendDirection direction) {
        double t = new TDistribution(null, ols.n() - 2).inverseCumulativeProbability(0.975);
        double half = t * ols.slopeStandardError();
        return monthsInterval(ols.slope() - half, ols.slope() + half, direction);
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

    private static String filtered(FitOptions options) {
        return options.where().isEmpty() ? "" : " after the filter " + RowFilter.joinAll(options.where());
    }

    private static void requireTwo(List<TrendPoint> points, String where) {
        long dates = points.stream().map(TrendPoint::date).distinct().count();
        if (dates < 2) {
            throw new IllegalArgumentException("a trend needs points on at least 2 different dates " + where
                    + "; found " + points.size() + " point(s) on " + dates + " date(s)");
        }
    }

    private static double[] decimalYears(List<TrendPoint> points) {
        return points.stream().mapToDouble(TrendPoint::decimalYear).toArray();
    }

    private static double[] log2(List<TrendPoint> points) {
        return points.stream().mapToDouble(p -> log2(p.value())).toArray();
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
