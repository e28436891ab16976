// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;

/**
 * Least-squares fit of log2(compute-to-target) against recipe year over an era ladder, stated as a halving time.
 *
 * @param slopeLog2PerYear   fitted change of log2(FLOPs) per year (negative when compute falls)
 * @param interceptLog2      fitted log2(FLOPs) at year 0
 * @param halvingTimeMonths  months for compute-to-target to halve (-12 / slope); infinite or negative when it does not fall
 * @param points             number of (year, FLOPs) points fitted
 */
public record LadderTrend(double slopeLog2PerYear, double interceptLog2, double halvingTimeMonths, int points) {
    /** Fits points (year, FLOPs); FLOPs must be positive and finite, years not all equal. */
    public static LadderTrend fit(List<double[]> yearAndFlops) {
        int n = yearAndFlops.size();
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least two recipes that reached the target");
        }
        double mx = 0;
        double my = 0;
        for (double[] p : yearAndFlops) {
            if (!(p[1] > 0) || Double.isInfinite(p[1])) {
                throw new IllegalArgumentException("FLOPs must be positive and finite: " + p[1]);
            }
            mx += p[0] / n;
            my += Math.log(p[1]) / Math.log(2) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] p : yearAndFlops) {
            double dx = p[0] - mx;
            sxy += dx * (Math.log(p[1]) / Math.log(2) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all recipes have the same year");
        }
        double slope = sxy / sxx;
        return new LadderTrend(slope, my - slope * mx, -12 / slope, n);
    }

    /** Factor by which compute-to-target fell over {@code years} years according to the fit. */
    public double reductionOver(double years) {
        return Math.pow(2, -slopeLog2PerYear * years);
    }
}
