// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

/**
 * TensorBoard's scalar smoothing, value for value: an exponential moving average started at 0 and divided by
 * (1 - weight^n) to remove the start-up bias (tensorboard/webapp/widgets/line_chart_v2 data transformer).
 * Non-finite values pass through and do not advance the average; a constant series is returned unchanged.
 * Weight 0 is no smoothing; TensorBoard's slider default is 0.6 and its maximum 0.999.
 */
public final class DebiasedEma {
    private DebiasedEma() {
    }

    public static double[] smooth(double[] values, double weight) {
        if (!(weight >= 0) || weight >= 1) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), was " + weight);
        }
        double[] out = new double[values.length];
        boolean constant = true;
        for (double v : values) {
            constant &= Double.compare(v, values[0]) == 0;
        }
        double last = 0;
        int accumulated = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (constant || !Double.isFinite(v)) {
                out[i] = v;
                continue;
            }
            last = last * weight + (1 - weight) * v;
            accumulated++;
            double debias = weight == 0 ? 1 : 1 - Math.pow(weight, accumulated);
            out[i] = last / debias;
        }
        return out;
    }
}
