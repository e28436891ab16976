// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendPoint;

/**
 * The best-so-far frontier: walking the points in date order, keep each one that beats every earlier point
 * (strictly lower for a declining quantity such as compute-to-target, strictly higher for a growing one).
 * This is how Hernandez &amp; Brown's blue "efficiency SOTA" points are chosen.
 */
public final class Frontier {
    private Frontier() {
    }

    /**
     * Which way "better" points on a data set: lower for compute-to-target (its value label says "compute to ..."
     * or "... to target", as HB20's tables, reruns and sweeps do: less compute to the same accuracy is progress,
     * even where a noisy data set's slope rises), otherwise the way the points move (the sign of the OLS slope).
     */
    public static TrendDirection betterDirection(TrendDataset data, List<TrendPoint> points) {
        String label = data.valueLabel().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ");
        if (label.contains("compute to ") || label.contains(" to target")) {
            return TrendDirection.DECLINING;
        }
        return points.size() < 2 ? TrendDirection.DECLINING : TrendFitter.directionOf(points);
    }

    /** Frontier points in date order; points on the same date are taken best first. */
    public static List<TrendPoint> select(List<TrendPoint> points, TrendDirection direction) {
        Comparator<TrendPoint> best = Comparator.comparingDouble(TrendPoint::value);
        if (direction == TrendDirection.GROWING) {
            best = best.reversed();
        }
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrendPoint::date).thenComparing(best));
        List<TrendPoint> frontier = new ArrayList<>();
        double record = direction == TrendDirection.DECLINING ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (TrendPoint p : sorted) {
            boolean beats = direction == TrendDirection.DECLINING ? p.value() < record : p.value() > record;
            if (beats) {
                frontier.add(p);
                record = p.value();
            }
        }
        return frontier;
    }
}
