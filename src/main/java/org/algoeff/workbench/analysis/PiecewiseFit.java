// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;

/**
 * A piecewise log-linear trend: the break dates with their bootstrap intervals, each segment as a fit of its own
 * (its doubling or halving time with both intervals), the fitted curve's band, and the BIC of every number of
 * breaks tried.
 *
 * @param model       whether the segments join at the breaks
 * @param asked       how many breaks were asked for (possibly {@link Breaks#AUTO})
 * @param breakpoints the breaks, in date order (empty when BIC chose none)
 * @param segments    one fit per segment, in date order; {@code from}/{@code to} are the segment's bounds (the first
 *                    point, a break date, the last point) and {@code points} the points in it
 * @param bands       per segment, the fitted curve sampled along it with its pointwise 95% bootstrap band
 * @param scores      residual sum of squares and BIC of each number of breaks tried (one entry unless auto)
 * @param direction   the direction every segment's time is given in (halving for a declining trend)
 * @param points      points fitted
 * @param sse         residual sum of squares of log2(value)
 * @param bootstrapResamples resamples drawn (0: t-intervals only, no band, no break intervals)
 * @param seed        seed of the resamples
 * @param frontierOnly whether only best-so-far points were fitted (then re-selected in every resample)
 * @param warnings    what to know before trusting the numbers
 * @param provenance  inputs and parameters
 */
public record PiecewiseFit(BreakModel model, Breaks asked, List<Breakpoint> breakpoints, List<TrendFit> segments,
                           List<SegmentBand> bands, List<ModelScore> scores, TrendDirection direction, int points,
                           double sse, int bootstrapResamples, long seed, boolean frontierOnly,
                           List<FitWarning> warnings, Provenance provenance) {
    public PiecewiseFit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(asked, "asked");
        breakpoints = List.copyOf(breakpoints);
        segments = List.copyOf(segments);
        bands = List.copyOf(bands);
        scores = List.copyOf(scores);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * One break.
     *
     * @param year      the break as a decimal year (discontinuous: the middle of {@code between})
     * @param ci95Years its 95% bootstrap interval in decimal years (NaN ends without a bootstrap)
     * @param between   discontinuous model only: the dates of the last point before and the first after the break;
     *                  any date between them fits equally well (null for the continuous model)
     */
    public record Breakpoint(double year, Interval ci95Years, Interval between) {
        public Breakpoint {
            Objects.requireNonNull(ci95Years, "ci95Years");
        }

        public LocalDate date() {
            return DecimalYear.toDate(year);
        }
    }

    /**
     * How well a number of breaks fits.
     *
     * @param breaks     number of breaks
     * @param parameters parameters counted by BIC (levels, slopes, break dates)
     * @param sse        residual sum of squares of log2(value)
     * @param bic        n ln(sse / n) + parameters ln n: lower is better
     */
    public record ModelScore(int breaks, int parameters, double sse, double bic) {
    }

    /**
     * The fitted curve along one segment.
     *
     * @param years  decimal years, ascending
     * @param fitted the fitted value at each (the quantity, not its log)
     * @param low    lower end of the pointwise 95% bootstrap band (empty without a bootstrap)
     * @param high   upper end, same years
     */
    public record SegmentBand(List<Double> years, List<Double> fitted, List<Double> low, List<Double> high) {
        public SegmentBand {
            years = List.copyOf(years);
            fitted = List.copyOf(fitted);
            low = List.copyOf(low);
            high = List.copyOf(high);
        }

        public boolean hasBand() {
            return !low.isEmpty();
        }
    }

    /** Number of breaks fitted. */
    public int breakCount() {
        return breakpoints.size();
    }

    /** Whether the number of breaks was chosen by BIC rather than asked for. */
    public boolean chosenByBic() {
        return asked == Breaks.AUTO;
    }
}
