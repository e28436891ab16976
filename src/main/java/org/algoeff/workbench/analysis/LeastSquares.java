// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

/**
 * Ordinary least squares of y on x for one predictor: slope, intercept, R² and the slope's standard error.
 * Computed on centred sums for numerical stability (x are decimal years around 2000, whose squares
 * would otherwise cancel catastrophically).
 */
public record LeastSquares(int n, double slope, double intercept, double r2, double slopeStandardError) {

    /** Fits y = intercept + slope * x over the first {@code n} entries; needs n &gt;= 2 and two distinct x. */
    public static LeastSquares fit(double[] x, double[] y, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points, got " + n);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all points have the same date; a trend needs at least two dates");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = Math.max(0, syy - slope * sxy);
        double r2 = syy == 0 ? 1 : 1 - sse / syy;
        double se = n > 2 ? Math.sqrt(sse / (n - 2) / sxx) : Double.NaN;
        return new LeastSquares(n, slope, intercept, r2, se);
    }
}
