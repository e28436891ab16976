// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.TrendPoint;

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
                .mapToDouble(r -> r.reachedTarget() ? r.computeToTarget() : Double.POSITIVE_INFINITY).toArray();
        return of(runs.get(0).recipe(), runs.get(0).year(), values);
    }

    /**
     * Summarises one recipe's seeds from their compute-to-target values (+infinity for a seed that missed).
     */
    public static RerunSummary of(String recipe, int year, double[] computeToTarget) {
        double[] values = computeToTarget.clone();
        Arrays.sort(values);
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return new RerunSummary(recipe, year, finite.length, n, median,
                finite.length == 0 ? Double.NaN : finite[0], finite.length == 0 ? Double.NaN : finite[finite.length - 1]);
    }

    /** Whether the median is a point of the ladder (most seeds reached the target). */
    public boolean onLadder() {
        return Double.isFinite(medianComputeToTarget) && medianComputeToTarget > 0;
    }

    /**
     * The recipe as a ladder point: its median at 1 July of its year (the ladder's date rule), the spread (lowest and
     * highest seed) and the seed counts as attributes.
     */
    public TrendPoint toTrendPoint() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(TrendPoint.SPREAD_LOW, Double.toString(minComputeToTarget));
        attributes.put(TrendPoint.SPREAD_HIGH, Double.toString(maxComputeToTarget));
        attributes.put("seeds", Integer.toString(seeds));
        attributes.put("reached", Integer.toString(reached));
        return new TrendPoint(recipe, RecipeYear.date(year), medianComputeToTarget, attributes);
    }
}
