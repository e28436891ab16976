// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.LocalDate;
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
        return select(points, direction, noRecord(direction));
    }

    /**
     * Frontier points in date order that also beat {@code record}, the best value before these points (e.g. before
     * a date window: a point inside the window is a record only if it beats everything earlier).
     */
    public static List<TrendPoint> select(List<TrendPoint> points, TrendDirection direction, double record) {
        List<TrendPoint> frontier = new ArrayList<>();
        double best = record;
        for (TrendPoint p : walkOrder(points, direction)) {
            if (beats(p.value(), best, direction)) {
                frontier.add(p);
                best = p.value();
            }
        }
        return frontier;
    }

    /**
     * The record to beat at {@code date}: the best value of the points dated strictly before it, or
     * {@link #noRecord} when there are none (or {@code date} is null).
     */
    public static double recordBefore(List<TrendPoint> points, LocalDate date, TrendDirection direction) {
        double best = noRecord(direction);
        if (date == null) {
            return best;
        }
        for (TrendPoint p : points) {
            if (p.date().isBefore(date) && beats(p.value(), best, direction)) {
                best = p.value();
            }
        }
        return best;
    }

    /** The record nothing has set yet: +infinity when lower is better, -infinity when higher is. */
    public static double noRecord(TrendDirection direction) {
        return direction == TrendDirection.DECLINING ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** The order the frontier is walked in: by date, and on one date best first. */
    static List<TrendPoint> walkOrder(List<TrendPoint> points, TrendDirection direction) {
        Comparator<TrendPoint> best = Comparator.comparingDouble(TrendPoint::value);
        if (direction == TrendDirection.GROWING) {
            best = best.reversed();
        }
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrendPoint::date).thenComparing(best));
        return sorted;
    }

    /** Strictly better: lower when declining, higher when growing (the same value again is no new record). */
    static boolean beats(double value, double record, TrendDirection direction) {
        return direction == TrendDirection.DECLINING ? value < record : value > record;
    }
}
