// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A log-linear least-squares fit of log2(value) against decimal year, with its uncertainty.
 *
 * @param points             the points the fit used (after row filters, range and frontier), sorted by date
 * @param from               date of the first point used
 * @param to                 date of the last point used
 * @param slopeLog2PerYear   fitted slope: doublings per year (negative for a decline)
 * @param interceptLog2      fitted log2(value) at decimal year 0 (so log2 y = intercept + slope * year)
 * @param r2                 coefficient of determination of the log-linear fit
 * @param direction          GROWING when slope &gt; 0, else DECLINING
 * @param months             doubling time (growing) or halving time (declining), in months, always positive
 * @param bootstrapCi95Months 95% percentile-bootstrap interval of {@code months} (pairs resampled)
 * @param tCi95Months        95% interval of {@code months} from the t-distribution of the slope
 * @param factor             observed factor between the first and last points used (last/first when growing,
 *                           first/last when declining), so it is &gt;= 1 when the trend holds at the ends
 * @param fittedFactor       factor the fitted line changes by over the same span, 2^(|slope| x span) in the
 *                           fit's direction (below 1 when the slope points the other way)
 * @param bootstrapResamples number of bootstrap resamples (0 when not computed)
 * @param seed               seed of the bootstrap generator
 * @param frontierOnly       whether only best-so-far points were fitted
 * @param candidates         points in the window after the row filters: the frontier is chosen from them and the
 *                           bootstrap resamples them (equal to the points used when not a frontier fit)
 * @param warnings           what a reader must know before trusting the numbers (few points, frontier, ...)
 * @param provenance         inputs and parameters
 */
public record TrendFit(List<TrendPoint> points, LocalDate from, LocalDate to, double slopeLog2PerYear,
                       double interceptLog2, double r2, TrendDirection direction, double months,
                       Interval bootstrapCi95Months, Interval tCi95Months, double factor, double fittedFactor,
                       int bootstrapResamples, long seed, boolean frontierOnly, int candidates,
                       List<FitWarning> warnings, Provenance provenance) {
    public TrendFit {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(bootstrapCi95Months, "bootstrapCi95Months");
        Objects.requireNonNull(tCi95Months, "tCi95Months");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Fitted value at a decimal year: 2^(intercept + slope * year). */
    public double predict(double decimalYear) {
        return Math.pow(2, interceptLog2 + slopeLog2PerYear * decimalYear);
    }

    /** Span of the points used, in years. */
    public double spanYears() {
        return DecimalYear.of(to) - DecimalYear.of(from);
    }
}
