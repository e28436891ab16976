// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

/**
 * Solves a small symmetric positive-definite system (the normal equations of a broken line, at most 4 x 4) by
 * Cholesky decomposition; it runs thousands of times per bootstrap resample, so it does nothing else.
 */
final class SmallCholesky {
    /** A pivot this small against its diagonal entry means the columns are (nearly) dependent. */
    private static final double SINGULAR = 1e-12;

    private SmallCholesky() {
    }

    /**
     * Solves a x = b for the leading p x p block of a; a is left unchanged.
     *
     * @return false when a is not (numerically) positive definite; x is then undefined
     */
    static boolean solve(double[][] a, double[] b, double[] x, int p) {
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > SINGULAR * Math.abs(a[i][i])) || !(s > 0)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * x[k];
            }
            x[i] = s / l[i][i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return true;
    }
}
