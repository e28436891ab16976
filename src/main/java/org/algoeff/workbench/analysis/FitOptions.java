// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDirection;

/**
 * The fit settings: the one record (and the one {@link #DEFAULT}) behind the CLI's options, the window's controls
 * and the workspace file, which stores it as it is.
 *
 * @param frontierOnly       fit only the best-so-far points (running minimum when declining, maximum when
 *                           growing), as Hernandez &amp; Brown's 16-month figure does
 * @param frontierScope      where the frontier is chosen: over the whole data set before the date window (a record
 *                           is a record), or inside the window only
 * @param from               first date included, or null for no lower bound
 * @param to                 last date included, or null for no upper bound
 * @param where              row filters, all of which a row must pass (AND), applied before anything else
 * @param groupBy            column whose values split the rows into one fit each, or null for one fit
 * @param bootstrapResamples number of bootstrap resamples for the CI; 0 skips the bootstrap
 * @param seed               seed of the bootstrap's random generator (same seed, same interval)
 * @param direction          GROWING or DECLINING, or null to take it from the sign of the fitted slope
 */
public record FitOptions(boolean frontierOnly, FrontierScope frontierScope, LocalDate from, LocalDate to,
                         List<RowFilter> where, String groupBy, int bootstrapResamples, long seed,
                         TrendDirection direction) {
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final long DEFAULT_SEED = 20200508L;
    /** Upper bound on resamples, so a typo cannot start hours of work. */
    public static final int MAX_RESAMPLES = 10_000_000;

    /** Where the best-so-far frontier is chosen. */
    public enum FrontierScope {
        /** Over every row that passes the filters, before the date window: a point inside the window is on the
         * frontier only if it beats every earlier point, inside the window or not. */
        WHOLE_DATASET,
        /** Inside the date window only, as if earlier points did not exist (how earlier versions chose it). */
        WITHIN_WINDOW
    }

    public static final FitOptions DEFAULT = new FitOptions(false, FrontierScope.WHOLE_DATASET, null, null,
            List.of(), null, DEFAULT_RESAMPLES, DEFAULT_SEED, null);

    public FitOptions {
        frontierScope = frontierScope == null ? FrontierScope.WHOLE_DATASET : frontierScope;
        new DateRange(from, to);
        where = where == null ? List.of() : List.copyOf(where);
        where.forEach(f -> Objects.requireNonNull(f, "row filter"));
        groupBy = groupBy == null || groupBy.isBlank() ? null : groupBy.strip();
        if (bootstrapResamples < 0 || bootstrapResamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("bootstrap resamples must be between 0 and " + MAX_RESAMPLES
                    + ", was " + bootstrapResamples);
        }
    }

    /** The date window. */
    public DateRange range() {
        return new DateRange(from, to);
    }

    public FitOptions withFrontierOnly(boolean value) {
        return new FitOptions(value, frontierScope, from, to, where, groupBy, bootstrapResamples, seed, direction);
    }

    public FitOptions withFrontierScope(FrontierScope value) {
        return new FitOptions(frontierOnly, value, from, to, where, groupBy, bootstrapResamples, seed, direction);
    }

    public FitOptions withRange(DateRange value) {
        return new FitOptions(frontierOnly, frontierScope, value.from(), value.to(), where, groupBy,
                bootstrapResamples, seed, direction);
    }

    public FitOptions withWhere(List<RowFilter> value) {
        return new FitOptions(frontierOnly, frontierScope, from, to, value, groupBy, bootstrapResamples, seed,
                direction);
    }

    public FitOptions withGroupBy(String value) {
        return new FitOptions(frontierOnly, frontierScope, from, to, where, value, bootstrapResamples, seed,
                direction);
    }

    public FitOptions withBootstrap(int resamples, long newSeed) {
        return new FitOptions(frontierOnly, frontierScope, from, to, where, groupBy, resamples, newSeed, direction);
    }

    public FitOptions withDirection(TrendDirection value) {
        return new FitOptions(frontierOnly, frontierScope, from, to, where, groupBy, bootstrapResamples, seed, value);
    }
}
