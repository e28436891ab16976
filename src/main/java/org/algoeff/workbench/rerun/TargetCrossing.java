// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.List;
import java.util.OptionalDouble;

import org.algoeff.workbench.analysis.ctt.CurveCrossing;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.task.CancellationToken;

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
        double[] accuracy = curve.stream().mapToDouble(EvalPoint::testAccuracy).toArray();
        CurveCrossing hit = CurveCrossing.first(accuracy, target, TargetDirection.HIGHER_IS_BETTER,
                CancellationToken.NEVER);
        return hit.reached()
                ? OptionalDouble.of(hit.interpolate(curve.stream().mapToDouble(EvalPoint::trainingFlops).toArray()))
                : OptionalDouble.empty();
    }
}
