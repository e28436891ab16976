// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

/**
 * Weighted sums of points grouped by date, as prefix sums over the distinct dates in ascending order, so that the
 * least-squares line of any run of dates, and the normal equations of a broken line at any break, cost O(1).
 * x are decimal years minus a centre and y log2 values minus a centre (centred sums keep squares of years around
 * 2000 from cancelling). A weight is how often a point is drawn (1 for the fit itself, 0..n in a bootstrap
 * resample); a date whose points all weigh 0 is absent from that resample.
 */
final class DateGroups {
    /** Distinct centred dates, ascending. */
    final double[] dates;
    /** Prefix sums over groups [0, g): weight, w x, w x^2, w y, w x y, w y^2; each of length dates + 1. */
    private final double[] w;
    private final double[] x1;
    private final double[] x2;
    private final double[] y1;
    private final double[] xy;
    private final double[] yy;
    /** Prefix count of dates with positive weight. */
    private final int[] present;

    private DateGroups(double[] dates) {
        this.dates = dates;
        int u = dates.length;
        w = new double[u + 1];
        x1 = new double[u + 1];
        x2 = new double[u + 1];
        y1 = new double[u + 1];
        xy = new double[u + 1];
        yy = new double[u + 1];
        present = new int[u + 1];
    }

    /**
     * @param dates  the distinct centred dates, ascending
     * @param group  for each point, the index of its date in {@code dates}
     * @param y      each point's centred log2 value
     * @param weight each point's weight
     */
    static DateGroups of(double[] dates, int[] group, double[] y, double[] weight) {
        DateGroups g = new DateGroups(dates);
        int u = dates.length;
        double[] gw = new double[u];
        double[] gy = new double[u];
        double[] gyy = new double[u];
        for (int i = 0; i < group.length; i++) {
            double wi = weight[i];
            if (wi > 0) {
                gw[group[i]] += wi;
                gy[group[i]] += wi * y[i];
                gyy[group[i]] += wi * y[i] * y[i];
            }
        }
        for (int k = 0; k < u; k++) {
            double x = dates[k];
            g.w[k + 1] = g.w[k] + gw[k];
            g.x1[k + 1] = g.x1[k] + gw[k] * x;
            g.x2[k + 1] = g.x2[k] + gw[k] * x * x;
            g.y1[k + 1] = g.y1[k] + gy[k];
            g.xy[k + 1] = g.xy[k] + gy[k] * x;
            g.yy[k + 1] = g.yy[k] + gyy[k];
            g.present[k + 1] = g.present[k] + (gw[k] > 0 ? 1 : 0);
        }
        return g;
    }

    int size() {
        return dates.length;
    }

    /** Total weight of groups [a, b). */
    double weight(int a, int b) {
        return w[b] - w[a];
    }

    /** Dates with positive weight among groups [a, b). */
    int datesPresent(int a, int b) {
        return present[b] - present[a];
    }

    /** The date of the last group before {@code gap} with positive weight (the gap's own left date if none). */
    double presentBefore(int gap) {
        for (int i = gap - 1; i >= 0; i--) {
            if (w[i + 1] > w[i]) {
                return dates[i];
            }
        }
        return dates[gap - 1];
    }

    /** The date of the first group at or after {@code gap} with positive weight (the gap's own right date if none). */
    double presentFrom(int gap) {
        for (int i = gap; i < dates.length; i++) {
            if (w[i + 1] > w[i]) {
                return dates[i];
            }
        }
        return dates[gap];
    }

    /**
     * Sum over groups [a, b) of w x^k (k = 0, 1, 2), the raw moments a hinge's normal equations are built from.
     */
    double moment(int k, int a, int b) {
        return switch (k) {
            case 0 -> w[b] - w[a];
            case 1 -> x1[b] - x1[a];
            default -> x2[b] - x2[a];
        };
    }

    /** Sum over groups [a, b) of w y (k = 0) or w x y (k = 1). */
    double yMoment(int k, int a, int b) {
        return k == 0 ? y1[b] - y1[a] : xy[b] - xy[a];
    }

    /** Sum over groups [a, b) of w y^2. */
    double yy(int a, int b) {
        return yy[b] - yy[a];
    }

    /**
     * The least-squares line of groups [a, b), or null when they hold fewer than two dates.
     *
     * @param weight    total weight (points drawn)
     * @param meanX     weighted mean of x
     * @param sxx       weighted sum of squares of x about its mean
     * @param intercept y at x = 0
     * @param slope     dy/dx
     * @param sse       weighted residual sum of squares
     */
    record Line(double weight, double meanX, double sxx, double intercept, double slope, double sse) {
        double valueAt(double x) {
            return intercept + slope * x;
        }

        /** Var(line at a, line at b) / sigma^2: 1/n + (a - mean)(b - mean)/Sxx (a = b: the prediction's). */
        double covariance(double a, double b) {
            return 1 / weight + (a - meanX) * (b - meanX) / sxx;
        }
    }

    Line line(int a, int b) {
        double n = w[b] - w[a];
        if (datesPresent(a, b) < 2 || !(n > 0)) {
            return null;
        }
        double sx = x1[b] - x1[a];
        double sy = y1[b] - y1[a];
        double sxx = x2[b] - x2[a] - sx * sx / n;
        double sxy = xy[b] - xy[a] - sx * sy / n;
        double syy = yy[b] - yy[a] - sy * sy / n;
        if (!(sxx > 0)) {
            return null;
        }
        double slope = sxy / sxx;
        return new Line(n, sx / n, sxx, (sy - slope * sx) / n, slope, Math.max(0, syy - slope * sxy));
    }
}
