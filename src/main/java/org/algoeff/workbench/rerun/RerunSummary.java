// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Arrays;
import java.util.List;

/**
 * Compute-to-target of one recipe over its seeds: the median (a seed that missed the target counts as infinite, so
 * the median is finite only when most seeds reached it) and the spread (lowest and highest finite value).
 *
 * @param recipe  recipe id
 * @param year    recipe year
 * @param reached seeds that reached the target
 * @param seeds   seeds run
 * @param medianComputeToTarget FLOPs; +infinity when half or more of the seeds missed
 * @param minComputeToTarget    FLOPs; NaN when no seed reached the target
 * @param maxComputeToTarget    FLOPs; NaN when no seed reached the target
 */
public record RerunSummary(String recipe, int year, int reached, int seeds, double medianComputeToTarget,
        double minComputeToTarget, double maxComputeToTarget) {
    /** Summarises the runs of one recipe. */
    public static RerunSummary of(List<RerunResult> runs) {
        double[] values = runs.stream()
                .mapToDouble(r -> r.reachedTarget() ? r.computeToTarget() : Double.POSITIVE_INFINITY).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return new RerunSummary(runs.get(0).recipe(), runs.get(0).year(), finite.length, n, median,
                finite.length == 0 ? Double.NaN : finite[0], finite.length == 0 ? Double.NaN : finite[finite.length - 1]);
    }
}
