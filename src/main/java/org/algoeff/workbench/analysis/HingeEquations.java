// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

/**
 * The normal equations of a hinge y = b0 + b1 x + sum_k c_k (x - breaks_k)+ at fixed break dates, built from the
 * date groups' moments (over the dates after a break, sum w (x - b) x^j expands into moments of x): its coefficients,
 * and (X'WX)^-1, which times the residual variance is their covariance given the break dates.
 */
final class HingeEquations {
    private final double[][] m;
    private final double[] r;
    private final int p;

    private HingeEquations(double[][] m, double[] r) {
        this.m = m;
        this.r = r;
        this.p = r.length;
    }

    /** The equations at break dates {@code breaks} (ascending), each in the gap that starts group {@code gaps[k]}. */
    static HingeEquations of(DateGroups g, double[] breaks, int[] gaps) {
        int k = breaks.length;
        int p = 2 + k;
        int u = g.size();
        double[][] m = new double[p][p];
        double[] r = new double[p];
        m[0][0] = g.moment(0, 0, u);
        m[0][1] = g.moment(1, 0, u);
        m[1][1] = g.moment(2, 0, u);
        r[0] = g.yMoment(0, 0, u);
        r[1] = g.yMoment(1, 0, u);
        for (int i = 0; i < k; i++) {
            double bi = breaks[i];
            int s = gaps[i];
            double s0 = g.moment(0, s, u);
            double s1 = g.moment(1, s, u);
            m[0][2 + i] = s1 - bi * s0;
            m[1][2 + i] = g.moment(2, s, u) - bi * s1;
            r[2 + i] = g.yMoment(1, s, u) - bi * g.yMoment(0, s, u);
            for (int j = i; j < k; j++) {
                double bj = breaks[j];
                int t = Math.max(s, gaps[j]);
                m[2 + i][2 + j] = g.moment(2, t, u) - (bi + bj) * g.moment(1, t, u) + bi * bj * g.moment(0, t, u);
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                m[i][j] = m[j][i];
            }
        }
        return new HingeEquations(m, r);
    }

    /** The coefficients (b0, b1, c_1, ...). */
    double[] solve() {
        double[] beta = new double[p];
        if (!SmallCholesky.solve(m, r, beta, p)) {
            throw new IllegalStateException("hinge equations are singular: a segment lacks two dates");
        }
        return beta;
    }

    /** (X'WX)^-1, or null when singular. */
    double[][] inverse() {
        double[][] inverse = new double[p][p];
        for (int c = 0; c < p; c++) {
            double[] e = new double[p];
            e[c] = 1;
            double[] col = new double[p];
            if (!SmallCholesky.solve(m, e, col, p)) {
                return null;
            }
            for (int i = 0; i < p; i++) {
                inverse[i][c] = col[i];
            }
        }
        return inverse;
    }
}
