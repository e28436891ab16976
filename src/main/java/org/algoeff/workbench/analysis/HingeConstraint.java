// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.DateGroups.Line;

/**
 * A hinge (continuous broken line) as its segments' own least-squares lines under the constraint that adjacent lines
 * meet at the breaks. By the usual result for least squares under linear constraints, its residual sum of squares is
 * the free lines' plus d' A^-1 d, where d holds how far adjacent lines are apart at each break and A the variance
 * factors of those differences (1/n + (t - mean)^2 / Sxx of each line's prediction, and the middle line's covariance
 * between two breaks). Holding the other breaks, d' A^-1 d is a ratio of two quadratics in one break's date, so its
 * minimum over the break's gap is found exactly. Pure functions.
 */
final class HingeConstraint {
    private HingeConstraint() {
    }

    /**
     * The hinge's residual sum of squares at break dates b: the free lines' plus d' A^-1 d, with d_k the gap between
     * lines k and k+1 at b_k and A the (tridiagonal) variance factors of those gaps.
     */
    static double sse(Line[] lines, double[] b) {
        if (lines == null) {
            return Double.POSITIVE_INFINITY;
        }
        double free = 0;
        for (Line l : lines) {
            free += l.sse();
        }
        double[] nd = excess(lines, b);
        return free + nd[0] / nd[1];
    }

    /** {numerator, denominator} of d' A^-1 d (one break: d^2 / a; two: by the 2 x 2 inverse). */
    private static double[] excess(Line[] lines, double[] b) {
        double d1 = lines[0].valueAt(b[0]) - lines[1].valueAt(b[0]);
        double a11 = lines[0].covariance(b[0], b[0]) + lines[1].covariance(b[0], b[0]);
        if (b.length == 1) {
            return new double[] {d1 * d1, a11};
        }
        double d2 = lines[1].valueAt(b[1]) - lines[2].valueAt(b[1]);
        double a22 = lines[1].covariance(b[1], b[1]) + lines[2].covariance(b[1], b[1]);
        double a12 = -lines[1].covariance(b[0], b[1]);
        return new double[] {a22 * d1 * d1 - 2 * a12 * d1 * d2 + a11 * d2 * d2, a11 * a22 - a12 * a12};
    }

    /**
     * Moves hinge break k to the date in [lo, hi], its gap (ends included), that minimises the residual sum of squares, the
     * other breaks held; returns that minimum. Holding the others, numerator and denominator of d' A^-1 d are
     * quadratics in the date, so the minimum is at an end or a root of the quadratic N'D - ND'.
     */
    static double place(Line[] lines, double lo, double hi, int k, double[] b) {
        if (lines == null) {
            return Double.POSITIVE_INFINITY;
        }
        double[] n = new double[3];
        double[] d = new double[3];
        for (int i = 0; i < 3; i++) {
            b[k] = lo + (hi - lo) * i / 2;
            double[] nd = excess(lines, b);
            n[i] = nd[0];
            d[i] = nd[1];
        }
        // Quadratics in t = (date - lo) / (hi - lo) through t = 0, 1/2, 1: q(t) = q0 + q1 t + q2 t^2.
        double n1 = -3 * n[0] + 4 * n[1] - n[2];
        double n2 = 2 * n[0] - 4 * n[1] + 2 * n[2];
        double d1 = -3 * d[0] + 4 * d[1] - d[2];
        double d2 = 2 * d[0] - 4 * d[1] + 2 * d[2];
        // N'D - ND' = (n1 d2 - n2 d1) t^2 + 2 (n0 d2 - n2 d0) t ... collected: a t^2 + bq t + c.
        double a = n2 * d1 - n1 * d2;
        double bq = 2 * (n2 * d[0] - n[0] * d2);
        double c = n1 * d[0] - n[0] * d1;
        double bestT = 0;
        double best = ratio(n, n1, n2, d, d1, d2, 0);
        for (double t : candidates(a, bq, c)) {
            double f = ratio(n, n1, n2, d, d1, d2, t);
            if (f < best) {
                best = f;
                bestT = t;
            }
        }
        b[k] = lo + (hi - lo) * bestT;
        double free = 0;
        for (Line l : lines) {
            free += l.sse();
        }
        return free + best;
    }

    private static double ratio(double[] n, double n1, double n2, double[] d, double d1, double d2, double t) {
        double den = d[0] + d1 * t + d2 * t * t;
        return den > 0 ? Math.max(0, (n[0] + n1 * t + n2 * t * t) / den) : Double.POSITIVE_INFINITY;
    }

    /** t = 1 and the roots of a t^2 + b t + c inside (0, 1). */
    private static double[] candidates(double a, double b, double c) {
        List<Double> ts = new ArrayList<>(List.of(1.0));
        double scale = Math.abs(a) + Math.abs(b) + Math.abs(c);
        if (scale == 0) {
            return new double[] {1};
        }
        if (Math.abs(a) < 1e-12 * scale) {
            if (Math.abs(b) > 0) {
                ts.add(-c / b);
            }
        } else {
            double disc = b * b - 4 * a * c;
            if (disc >= 0) {
                double sq = Math.sqrt(disc);
                double q = -0.5 * (b + Math.copySign(sq, b));
                ts.add(q / a);
                if (q != 0) {
                    ts.add(c / q);
                }
            }
        }
        return ts.stream().filter(t -> t > 0 && t <= 1).mapToDouble(Double::doubleValue).toArray();
    }
}
