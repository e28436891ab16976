// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

/**
 * TensorBoard's debiased exponential moving average, exactly as its Time Series dashboard computes it
 * ({@code data_transformer.ts::classicSmoothing}); W&B's "EMA" and MLflow's smoothing are the same formula.
 * Smoothing is by point index, not by step distance. Non-finite points pass through and do not advance the
 * debias count; a constant series is returned unchanged (TensorBoard #786).
 */
public final class TensorBoardSmoothing {
    private TensorBoardSmoothing() {
    }

    /**
     * @param weight the slider value in [0, 1): 0 is no smoothing, TensorBoard's default is 0.6 and its maximum
     *               0.999 (a weight of 1 would never move off the starting zero)
     */
    public static double[] smooth(double[] y, double weight) {
        if (!(weight >= 0) || weight >= 1) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), was " + weight);
        }
        double w = weight;
        double[] out = y.clone();
        if (allEqual(y)) {
            return out;
        }
        double last = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            last = last * w + (1 - w) * y[i];
            n++;
            double debias = 1 - Math.pow(w, n);
            out[i] = last / debias;
        }
        return out;
    }

    private static boolean allEqual(double[] y) {
        for (int i = 1; i < y.length; i++) {
            if (Double.compare(y[i], y[0]) != 0) {
                return false;
            }
        }
        return true;
    }
}
