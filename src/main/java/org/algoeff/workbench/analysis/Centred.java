// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.List;

import org.algoeff.workbench.model.TrendPoint;

/**
 * Points in date order as a broken-line search reads them: decimal years and log2 values minus their centres, the
 * distinct dates, and each point's date index.
 *
 * @param points  the points, in date order
 * @param x       centred decimal years
 * @param y       centred log2 values
 * @param dates   distinct centred dates, ascending
 * @param group   each point's index in {@code dates}
 * @param xCentre subtracted from the years
 * @param yCentre subtracted from the log2 values
 */
record Centred(List<TrendPoint> points, double[] x, double[] y, double[] dates, int[] group, double xCentre,
               double yCentre) {

    /** The points centred on their own means, or on {@code reference}'s centres when it is given. */
    static Centred of(List<TrendPoint> datePoints, Centred reference) {
        double[] years = FitSelection.decimalYears(datePoints);
        double[] logs = FitSelection.log2(datePoints);
        int n = years.length;
        double xc = reference != null ? reference.xCentre : mean(years);
        double yc = reference != null ? reference.yCentre : mean(logs);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] group = new int[n];
        double[] dates = new double[n];
        int u = 0;
        for (int i = 0; i < n; i++) {
            x[i] = years[i] - xc;
            y[i] = logs[i] - yc;
            if (i > 0 && years[i] < years[i - 1]) {
                throw new IllegalArgumentException("points must be in date order");
            }
            if (u == 0 || years[i] != years[i - 1]) {
                dates[u++] = x[i];
            }
            group[i] = u - 1;
        }
        return new Centred(List.copyOf(datePoints), x, y, java.util.Arrays.copyOf(dates, u), group, xc, yc);
    }

    /** The date groups with these weights per point. */
    DateGroups groups(double[] weight) {
        return DateGroups.of(dates, group, y, weight);
    }

    /** What the bootstrap resamples. */
    PiecewiseBootstrap.Base asBase() {
        return new PiecewiseBootstrap.Base(dates, group, x, y, xCentre, yCentre);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
