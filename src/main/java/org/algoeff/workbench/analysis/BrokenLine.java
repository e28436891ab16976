// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

/**
 * A fitted broken line in centred coordinates (x: decimal year minus the fit's centre, y: log2 value minus its
 * centre): the break dates, the date group each later segment starts at, and each segment's intercept and slope.
 * For the continuous model the segments meet at the breaks; for the discontinuous one they need not.
 *
 * @param breaks     break dates, ascending (a discontinuous break is the middle of the gap between the two dates
 *                   it falls between: every date in that gap fits equally well)
 * @param earliest   for each break, the earliest date it can be: a discontinuous break's last date before it (with
 *                   any weight), a hinge's own date
 * @param latest     for each break, the latest date it can be: the first date after it, or the hinge's own date
 * @param gaps       for each break, the index of the first date group after it
 * @param intercepts per segment, y at x = 0 of its line
 * @param slopes     per segment, log2 per year
 * @param sse        residual sum of squares (weighted)
 */
record BrokenLine(double[] breaks, double[] earliest, double[] latest, int[] gaps, double[] intercepts, double[] slopes, double sse) {
    /** The segment x falls in: the number of breaks strictly before it. */
    int segmentOf(double x) {
        int j = 0;
        while (j < breaks.length && x > breaks[j]) {
            j++;
        }
        return j;
    }

    /** The line's y at x. */
    double valueAt(double x) {
        int j = segmentOf(x);
        return intercepts[j] + slopes[j] * x;
    }

    int segments() {
        return slopes.length;
    }
}
