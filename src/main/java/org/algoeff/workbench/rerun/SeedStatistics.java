// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Arrays;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ladder's statistics over seeds, in one place: the median, the distribution-free confidence interval of the
 * median from order statistics (a seed that missed counts as +infinity, so an interval can be open above), and the
 * t interval of a mean (the calibrated level). Used by {@link RerunSummary}, {@link Calibration} and
 * {@link LadderTrend}.
 */
public final class SeedStatistics {
    /** Nominal coverage of the intervals. */
    public static final double LEVEL = 0.95;

    private SeedStatistics() {
    }

    /**
     * An interval and the coverage it actually has (order-statistic intervals can only hit certain levels).
     *
     * @param low      lower end
     * @param high     upper end (+infinity when too many seeds missed)
     * @param coverage its coverage, 0..1 (NaN when undefined)
     */
    public record Interval(double low, double high, double coverage) {
    }

    /** The median (an even count averages the middle two; +infinity stays infinite). */
    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * The confidence interval of the median from the order statistics x(k) and x(n+1-k), with the largest k whose
     * coverage 1 - 2 P(Binomial(n, 1/2) &lt; k) is at least {@link #LEVEL}; with fewer than 6 values no k reaches it
     * and the interval is the range (coverage 1 - 2^(1-n): 93.75 % for 5 seeds, 87.5 % for 4).
     */
    public static Interval medianInterval(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Interval(v[0], v[0], 0);
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int k = 1;
        while (k + 1 <= n / 2 && 1 - 2 * b.cumulativeProbability(k) >= LEVEL) {
            k++;
        }
        return new Interval(v[k - 1], v[n - k], 1 - 2 * b.cumulativeProbability(k - 1));
    }

    /** Mean +- t(0.975, n-1) x standard error; a single value is its own interval. */
    public static Interval meanInterval(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        if (n < 2) {
            return new Interval(mean, mean, Double.NaN);
        }
        double ss = Arrays.stream(values).map(x -> (x - mean) * (x - mean)).sum();
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        return new Interval(mean - t * se, mean + t * se, LEVEL);
    }
}
