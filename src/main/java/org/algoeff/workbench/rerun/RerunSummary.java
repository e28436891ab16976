// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Compute-to-target of one recipe over its seeds, by the ladder's rules ({@link SeedStatistics}): the median (a seed
 * that missed the target counts as +infinity, so the median is finite only when most seeds reached it), the
 * order-statistic confidence interval of the median, and the spread (lowest and highest finite value).
 *
 * @param recipe  recipe id
 * @param year    recipe year
 * @param reached seeds that reached the target
 * @param seeds   seeds run
 * @param medianComputeToTarget FLOPs; +infinity when half or more of the seeds missed
 * @param minComputeToTarget    FLOPs; NaN when no seed reached the target
 * @param maxComputeToTarget    FLOPs; NaN when no seed reached the target
 * @param intervalLow           lower end of the median's confidence interval (FLOPs)
 * @param intervalHigh          upper end (FLOPs; +infinity when too many seeds missed to bound it)
 * @param intervalCoverage      the interval's actual coverage (93.75 % for 5 seeds)
 * @param computeToTarget       every seed's value, in seed order (+infinity for a miss)
 */
public record RerunSummary(String recipe, int year, int reached, int seeds, double medianComputeToTarget,
        double minComputeToTarget, double maxComputeToTarget, double intervalLow, double intervalHigh,
        double intervalCoverage, List<Double> computeToTarget) {
    /** {@link #toTrendPoint()} attribute: low end of the median's interval. */
    public static final String MEDIAN_CI_LOW = "median_ci_low";
    /** {@link #toTrendPoint()} attribute: high end of the median's interval. */
    public static final String MEDIAN_CI_HIGH = "median_ci_high";
    /** {@link #toTrendPoint()} attribute: seeds run. */
    public static final String SEEDS = "seeds";
    /** {@link #toTrendPoint()} attribute: seeds that reached the target. */
    public static final String REACHED = "reached";

    public RerunSummary {
        computeToTarget = List.copyOf(computeToTarget);
    }

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
        double[] finite = java.util.Arrays.stream(computeToTarget).filter(Double::isFinite).sorted().toArray();
        SeedStatistics.Interval ci = SeedStatistics.medianInterval(computeToTarget);
        return new RerunSummary(recipe, year, finite.length, computeToTarget.length,
                SeedStatistics.median(computeToTarget),
                finite.length == 0 ? Double.NaN : finite[0], finite.length == 0 ? Double.NaN : finite[finite.length - 1],
                ci.low(), ci.high(), ci.coverage(), java.util.Arrays.stream(computeToTarget).boxed().toList());
    }

    /** Whether the median is a point of the ladder (most seeds reached the target). */
    public boolean onLadder() {
        return Double.isFinite(medianComputeToTarget) && medianComputeToTarget > 0;
    }

    /**
     * The recipe as a ladder point: its median at 1 July of its year (the ladder's date rule), the spread (lowest and
     * highest seed), the median's interval and the seed counts as attributes.
     */
    public TrendPoint toTrendPoint() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(TrendPoint.SPREAD_LOW, Double.toString(minComputeToTarget));
        attributes.put(TrendPoint.SPREAD_HIGH, Double.toString(maxComputeToTarget));
        attributes.put(MEDIAN_CI_LOW, Double.toString(intervalLow));
        attributes.put(MEDIAN_CI_HIGH, Double.toString(intervalHigh));
        attributes.put(SEEDS, Integer.toString(seeds));
        attributes.put(REACHED, Integer.toString(reached));
        return new TrendPoint(recipe, RecipeYear.date(year), medianComputeToTarget, attributes);
    }
}
