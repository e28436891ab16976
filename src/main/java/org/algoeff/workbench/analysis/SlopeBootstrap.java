// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Case-resampling (pairs) bootstrap of an OLS slope: each resample draws n (x, y) pairs with replacement
 * and refits. Resamples whose x are all equal have no slope and are drawn again. Seeded, so the same
 * seed gives the same slopes on every machine.
 */
final class SlopeBootstrap {
    /** Give up on a data set whose resamples keep coming out degenerate (e.g. 2 points, most draws equal). */
    private static final int MAX_DEGENERATE_DRAWS_PER_RESAMPLE = 1_000;
    private static final int CHECK_EVERY = 256;

    private SlopeBootstrap() {
    }

    /** Sorted bootstrap slopes, {@code resamples} of them. */
    static double[] slopes(double[] x, double[] y, int n, int resamples, long seed,
                           ProgressSink progress, CancellationToken cancel) {
        double meanX = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
        }
        meanX /= n;
        // Centred x keep the sums small: decimal years squared would lose most of a double's precision.
        double[] cx = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = x[i] - meanX;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] slopes = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            if (r % CHECK_EVERY == 0) {
                cancel.throwIfCancelled();
                progress.progress((double) r / resamples, "bootstrap resample " + r + " of " + resamples);
            }
            slopes[r] = oneSlope(cx, y, n, random);
        }
        Arrays.sort(slopes);
        return slopes;
    }

    private static double oneSlope(double[] cx, double[] y, int n, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_DEGENERATE_DRAWS_PER_RESAMPLE; attempt++) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                double xi = cx[i];
                double yi = y[i];
                sx += xi;
                sy += yi;
                sxx += xi * xi;
                sxy += xi * yi;
            }
            double denominator = n * sxx - sx * sx;
            if (denominator > 1e-12 * n * sxx) {
                return (n * sxy - sx * sy) / denominator;
            }
        }
        throw new IllegalArgumentException("bootstrap resamples keep drawing a single date; too few distinct dates");
    }

    /** Linear-interpolated percentile (type 7) of sorted values, p in [0, 1]. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
