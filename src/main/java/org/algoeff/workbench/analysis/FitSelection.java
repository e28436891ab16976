// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.List;

import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The points a fit is made of, chosen once for every kind of fit (a line, a piecewise line): the rows in the date
 * window, which way "better" points, the frontier candidates in walk order, the record to beat before the window,
 * and the points fitted (the frontier, or every candidate). Also the bootstrap of the fitted slope over the same
 * selection (re-selecting the frontier in every resample), so every interval resamples what was fitted.
 *
 * @param data       the rows after the filters (the frontier's record is taken over all of them)
 * @param options    the fit settings the selection follows
 * @param better     which way a record points (lower for compute-to-target)
 * @param candidates the rows in the window in {@link Frontier#walkOrder} (date, best first on one date)
 * @param record     the best value before the window (or {@link Frontier#noRecord}) that a frontier point must beat
 * @param used       the points fitted: the frontier of the candidates, or all of them, in date order
 */
record FitSelection(TrendDataset data, FitOptions options, TrendDirection better, List<TrendPoint> candidates,
                    double record, List<TrendPoint> used) {
    FitSelection {
        candidates = List.copyOf(candidates);
        used = List.copyOf(used);
    }

    /**
     * @throws IllegalArgumentException when fewer than 2 dates are in the window (or on the frontier); the message
     *                                  says which
     */
    static FitSelection of(TrendDataset data, FitOptions options) {
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
        return new FitSelection(data, options, better, candidates, record, used);
    }

    /**
     * Sorted bootstrap slopes (log2 per year) of the line through the fitted points: pairs of the fitted points, or
     * for a frontier fit the candidates with the frontier re-selected in every resample.
     */
    double[] bootstrapSlopes(int resamples, long seed, ProgressSink progress, CancellationToken cancel) {
        List<TrendPoint> points = options.frontierOnly() ? candidates : used;
        double[] x = decimalYears(points);
        double[] y = log2(points);
        return options.frontierOnly()
                ? FrontierBootstrap.slopes(x, y, Double.isInfinite(record) ? record : log2(record),
                        better == TrendDirection.DECLINING, resamples, seed, progress, cancel)
                : SlopeBootstrap.slopes(x, y, x.length, resamples, seed, progress, cancel);
    }

    private static String filtered(FitOptions options) {
        return options.where().isEmpty() ? "" : " after the filter " + RowFilter.joinAll(options.where());
    }

    static void requireTwo(List<TrendPoint> points, String where) {
        long dates = points.stream().map(TrendPoint::date).distinct().count();
        if (dates < 2) {
            throw new IllegalArgumentException("a trend needs points on at least 2 different dates " + where
                    + "; found " + points.size() + " point(s) on " + dates + " date(s)");
        }
    }

    static double[] decimalYears(List<TrendPoint> points) {
        return points.stream().mapToDouble(TrendPoint::decimalYear).toArray();
    }

    static double[] log2(List<TrendPoint> points) {
        return points.stream().mapToDouble(p -> log2(p.value())).toArray();
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
