// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Objects;

import org.algoeff.workbench.model.DateRange;
import org.algoeff.workbench.model.TrendDirection;

/**
 * How to fit a trend.
 *
 * @param frontierOnly       fit only the best-so-far points (running minimum when declining, maximum when
 *                           growing), as Hernandez &amp; Brown's 16-month figure does
 * @param range              dates to include (applied before the frontier is taken)
 * @param bootstrapResamples number of bootstrap resamples for the CI; 0 skips the bootstrap
 * @param seed               seed of the bootstrap's random generator (same seed, same interval)
 * @param direction          GROWING or DECLINING, or null to take it from the sign of the fitted slope
 */
public record FitOptions(boolean frontierOnly, DateRange range, int bootstrapResamples, long seed,
                         TrendDirection direction) {
    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final long DEFAULT_SEED = 20200508L;
    /** Upper bound on resamples, so a typo cannot start hours of work. */
    public static final int MAX_RESAMPLES = 10_000_000;

    public static final FitOptions DEFAULT = new FitOptions(false, DateRange.ALL, DEFAULT_RESAMPLES, DEFAULT_SEED, null);

    public FitOptions {
        Objects.requireNonNull(range, "range");
        if (bootstrapResamples < 0 || bootstrapResamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("bootstrap resamples must be between 0 and " + MAX_RESAMPLES
                    + ", was " + bootstrapResamples);
        }
    }

    public FitOptions withFrontierOnly(boolean value) {
        return new FitOptions(value, range, bootstrapResamples, seed, direction);
    }

    public FitOptions withRange(DateRange value) {
        return new FitOptions(frontierOnly, value, bootstrapResamples, seed, direction);
    }

    public FitOptions withBootstrap(int resamples, long newSeed) {
        return new FitOptions(frontierOnly, range, resamples, newSeed, direction);
    }

    public FitOptions withDirection(TrendDirection value) {
        return new FitOptions(frontierOnly, range, bootstrapResamples, seed, value);
    }
}
