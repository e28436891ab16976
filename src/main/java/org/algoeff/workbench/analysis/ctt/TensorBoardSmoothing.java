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

    /** @param weight the slider value; clamped to [0, 1], non-finite means 0 */
    public static double[] smooth(double[] y, double weight) {
        double w = Double.isFinite(weight) ? Math.max(0, Math.min(1, weight)) : 0;
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
            double debias = w == 1 ? 1 : 1 - Math.pow(w, n);
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
