// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import org.algoeff.workbench.model.MetricSeries;

/** Linear interpolation of a cumulative-FLOPs series at a step; before its first point it runs from (0, 0). */
final class FlopsInterpolation {
    private FlopsInterpolation() {
    }

    /** @throws IllegalArgumentException when the step lies beyond the series' last point */
    static double at(MetricSeries f, double step) {
        if (f.isEmpty()) {
            throw new IllegalArgumentException("FLOPs series '" + f.tag() + "' is empty");
        }
        double prevStep = 0;
        double prevFlops = 0;
        for (int i = 0; i < f.size(); i++) {
            double s = f.step(i);
            double v = f.value(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            if (step <= s) {
                if (s == prevStep) {
                    return v;
                }
                return prevFlops + (step - prevStep) / (s - prevStep) * (v - prevFlops);
            }
            prevStep = s;
            prevFlops = v;
        }
        if (step == prevStep) {
            return prevFlops;
        }
        throw new IllegalArgumentException("FLOPs series '" + f.tag() + "' ends at step " + (long) prevStep
                + ", before step " + step);
    }
}
