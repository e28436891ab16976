// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Pairs bootstrap of a frontier fit's slope that re-selects the frontier in every resample: draw n of the n
 * candidate points with replacement, take the best-so-far points among those drawn (a point drawn twice is one
 * record), fit OLS to them. Resampling only the points already on the frontier would treat the selection as
 * fixed and give too narrow an interval (HB20's 6 frontier points have only 462 distinct resamples).
 * Resamples whose frontier covers fewer than two dates have no slope and are drawn again. Seeded.
 */
final class FrontierBootstrap {
    private static final int MAX_DEGENERATE_DRAWS_PER_RESAMPLE = 1_000;
    private static final int CHECK_EVERY = 256;

    private FrontierBootstrap() {
    }

    /**
     * Sorted bootstrap slopes, {@code resamples} of them.
     *
     * @param x         decimal years of the candidates, in {@link Frontier#walkOrder} order
     * @param y         log2 values, same order
     * @param record    log2 of the record to beat before the first candidate (+-infinity for none)
     * @param declining lower is better
     */
    static double[] slopes(double[] x, double[] y, double record, boolean declining, int resamples, long seed,
                           ProgressSink progress, CancellationToken cancel) {
        int n = x.length;
        double meanX = Arrays.stream(x).average().orElse(0);
        double[] cx = Arrays.stream(x).map(v -> v - meanX).toArray();
        Draw draw = new Draw(n, new SplittableRandom(seed));
        double[] slopes = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            if (r % CHECK_EVERY == 0) {
                cancel.throwIfCancelled();
                progress.progress((double) r / resamples, "bootstrap resample " + r + " of " + resamples);
            }
            slopes[r] = oneSlope(cx, y, record, declining, draw);
        }
        Arrays.sort(slopes);
        return slopes;
    }

    private static double oneSlope(double[] cx, double[] y, double record, boolean declining, Draw draw) {
        for (int attempt = 0; attempt < MAX_DEGENERATE_DRAWS_PER_RESAMPLE; attempt++) {
            draw.next();
            double best = record;
            int m = 0;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < cx.length; i++) {
                if (draw.counts[i] > 0 && (declining ? y[i] < best : y[i] > best)) {
                    best = y[i];
                    m++;
                    sx += cx[i];
                    sy += y[i];
                    sxx += cx[i] * cx[i];
                    sxy += cx[i] * y[i];
                }
            }
            double denominator = m * sxx - sx * sx;
            if (m >= 2 && denominator > 1e-12 * m * sxx) {
                return (m * sxy - sx * sy) / denominator;
            }
        }
        throw new IllegalArgumentException("bootstrap resamples keep giving a frontier on a single date; "
                + "too few points beat the earlier ones");
    }

    /** How often each candidate was drawn in the current resample; reused across resamples. */
    private static final class Draw {
        private final int[] counts;
        private final SplittableRandom random;

        Draw(int n, SplittableRandom random) {
            this.counts = new int[n];
            this.random = random;
        }

        void next() {
            Arrays.fill(counts, 0);
            for (int k = 0; k < counts.length; k++) {
                counts[random.nextInt(counts.length)]++;
            }
        }
    }
}
