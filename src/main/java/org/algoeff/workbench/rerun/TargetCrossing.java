// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Compute-to-target from an accuracy curve, the Hernandez &amp; Brown way: the training FLOPs at which test accuracy
 * first reaches the target, interpolated linearly in FLOPs between the last evaluation below the target and the first
 * at or above it.
 */
public final class TargetCrossing {
    private TargetCrossing() {
    }

    /** Training FLOPs to reach {@code target}; empty when no evaluation reached it. */
    public static OptionalDouble computeToTarget(List<EvalPoint> curve, double target) {
        for (int i = 0; i < curve.size(); i++) {
            EvalPoint p = curve.get(i);
            if (p.testAccuracy() >= target) {
                if (i == 0) {
                    return OptionalDouble.of(p.trainingFlops());
                }
                EvalPoint q = curve.get(i - 1);
                double span = p.testAccuracy() - q.testAccuracy();
                double fraction = span > 0 ? (target - q.testAccuracy()) / span : 1;
                return OptionalDouble.of(q.trainingFlops() + fraction * (p.trainingFlops() - q.trainingFlops()));
            }
        }
        return OptionalDouble.empty();
    }
}
