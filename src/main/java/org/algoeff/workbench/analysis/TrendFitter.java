// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;

import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Fits an exponential trend to dated quantities: OLS of log2(value) on decimal year, reported as a
 * doubling time (growing) or halving time (declining) in months with two 95% intervals, one from the
 * t-distribution of the slope and one from a seeded pairs bootstrap. Synchronous and cancellable.
 */
public final class TrendFitter {
    private static final double MONTHS_PER_YEAR = 12;
    private final String toolVersion;

    public TrendFitter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * @throws IllegalArgumentException when fewer than 2 points (or only one date) remain after the filters;
     *                                  the message says why
     */
    public TrendFit fit(TrendDataset data, FitOptions options, ProgressSink progress, CancellationToken cancel) {
        List<TrendPoint> inRange = data.points().stream().filter(p -> options.range().contains(p.date()))
                .sorted(Comparator.comparing(TrendPoint::date)).toList();
        requireTwo(inRange, "in the date range");
        // The frontier follows what "better" means for the data; the readout follows where the fitted points go.
        TrendDirection better = options.direction() != null ? options.direction()
                : Frontier.betterDirection(data, inRange);
        List<TrendPoint> used = options.frontierOnly() ? Frontier.select(inRange, better) : inRange;
        requireTwo(used, "on the frontier");
        double[] x = used.stream().mapToDouble(TrendPoint::decimalYear).toArray();
        double[] y = used.stream().mapToDouble(p -> log2(p.value())).toArray();
        int n = used.size();
        LeastSquares ols = LeastSquares.fit(x, y, n);
        TrendDirection direction = options.direction() != null ? options.direction() : directionOf(ols.slope());
        Interval tInterval = n > 2 ? tInterval(ols, direction) : new Interval(Double.NaN, Double.NaN);
        Interval bootInterval = new Interval(Double.NaN, Double.NaN);
        int resamples = n > 2 ? options.bootstrapResamples() : 0;
        if (resamples > 0) {
            double[] slopes = SlopeBootstrap.slopes(x, y, n, resamples, options.seed(), progress, cancel);
            bootInterval = monthsInterval(SlopeBootstrap.percentile(slopes, 0.025),
                    SlopeBootstrap.percentile(slopes, 0.975), direction);
        }
        TrendPoint first = used.get(0);
        TrendPoint last = used.get(n - 1);
        double factor = direction == TrendDirection.DECLINING ? first.value() / last.value() : last.value() / first.value();
        progress.progress(1, "fitted " + n + " points");
        return new TrendFit(used, first.date(), last.date(), ols.slope(), ols.intercept(), ols.r2(), direction,
                months(ols.slope(), direction), bootInterval, tInterval, factor, resamples, options.seed(),
                provenance(data, options, direction));
    }

    /** Sign of the OLS slope over the points: the direction the data actually move in. */
    static TrendDirection directionOf(List<TrendPoint> points) {
        double[] x = points.stream().mapToDouble(TrendPoint::decimalYear).toArray();
        double[] y = points.stream().mapToDouble(p -> log2(p.value())).toArray();
        return directionOf(LeastSquares.fit(x, y, x.length).slope());
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
        parameters.put("from", options.range().from() == null ? "" : options.range().from().toString());
        parameters.put("to", options.range().to() == null ? "" : options.range().to().toString());
        parameters.put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
        parameters.put("bootstrapResamples", Integer.toString(options.bootstrapResamples()));
        parameters.put("seed", Long.toString(options.seed()));
        parameters.put("method", "OLS of log2(value) on decimal year; 95% CI: t-distribution and pairs bootstrap");
        return new Provenance(data.provenance().sources(), parameters, toolVersion, java.time.Instant.now());
    }

    private static void requireTwo(List<TrendPoint> points, String where) {
        long dates = points.stream().map(TrendPoint::date).distinct().count();
        if (dates < 2) {
            throw new IllegalArgumentException("a trend needs points on at least 2 different dates " + where
                    + "; found " + points.size() + " point(s) on " + dates + " date(s)");
        }
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
