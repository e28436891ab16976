// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.DateGroups.Line;

/**
 * Least-squares search for the break dates of a broken line over {@link DateGroups}. A break splits the dates into
 * runs (segments), so the search is over the gaps between consecutive dates. Discontinuous: each segment has its own
 * line and only the gap matters. Continuous (hinge): the segments' own lines must meet at the breaks, and each
 * break's best date inside its gap is found exactly ({@link HingeConstraint}). One break: every gap, exact. Two
 * breaks: every pair of a
 * coarse grid of gaps (all gaps when there are few), then coordinate descent over every gap of each break's coarse
 * cell, from the best few coarse pairs. Every segment must hold at least {@code minPoints} points (by weight) on at
 * least two dates. Not thread-safe.
 */
final class BreakSearch {
    /** Gaps on the coarse grid of a two-break search; with fewer gaps than this the grid is exhaustive. */
    static final int COARSE_GAPS = 48;
    /** Coarse pairs refined in a two-break search: the landscape often has near-equal valleys. */
    private static final int REFINED_PAIRS = 5;
    private static final int REFINE_ROUNDS = 4;

    private final DateGroups g;
    private final BreakModel model;
    private final double minPoints;

    BreakSearch(DateGroups groups, BreakModel model, int minPoints) {
        this.g = groups;
        this.model = model;
        this.minPoints = minPoints;
    }

    /** The best broken line with {@code k} breaks (0, 1 or 2), or null when no split leaves every segment enough. */
    BrokenLine best(int k) {
        return switch (k) {
            case 0 -> admissible(new int[0]) ? solve(new int[0], new double[0]) : null;
            case 1 -> bestOne();
            case 2 -> bestTwo();
            default -> throw new IllegalArgumentException("1 or 2 breaks, not " + k);
        };
    }

    private BrokenLine bestOne() {
        int[] bestGaps = null;
        double[] bestB = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int gap = 1; gap < g.size(); gap++) {
            int[] gaps = {gap};
            if (!admissible(gaps)) {
                continue;
            }
            double[] b = {mid(gap)};
            double score = place(gaps, 0, b);
            if (score < bestScore) {
                bestScore = score;
                bestGaps = gaps;
                bestB = b;
            }
        }
        return bestGaps == null ? null : solve(bestGaps, bestB);
    }

    private BrokenLine bestTwo() {
        int[] coarse = coarseGaps(g.size());
        List<int[]> pairs = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < coarse.length; i++) {
            for (int j = i + 1; j < coarse.length; j++) {
                int[] gaps = {coarse[i], coarse[j]};
                if (admissible(gaps)) {
                    pairs.add(gaps);
                    scores.add(score(gaps, new double[] {mid(gaps[0]), mid(gaps[1])}));
                }
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(scores::get));
        BrokenLine best = null;
        for (int i = 0; i < Math.min(REFINED_PAIRS, order.length); i++) {
            BrokenLine line = refine(pairs.get(order[i]).clone(), coarse);
            best = best == null || line.sse() < best.sse() ? line : best;
        }
        return best;
    }

    /** Coordinate descent from a coarse pair: each break in turn to its best place over every gap of its cell. */
    private BrokenLine refine(int[] gaps, int[] coarse) {
        double[] b = {mid(gaps[0]), mid(gaps[1])};
        double current = score(gaps, b);
        for (int round = 0; round < REFINE_ROUNDS; round++) {
            double before = current;
            for (int k = 0; k < 2; k++) {
                int[] cell = cell(coarse, gaps[k]);
                int keepGap = gaps[k];
                double keepB = b[k];
                for (int gap = cell[0]; gap <= cell[1]; gap++) {
                    gaps[k] = gap;
                    if (!admissible(gaps)) {
                        continue;
                    }
                    double[] trial = b.clone();
                    trial[k] = mid(gap);
                    double s = place(gaps, k, trial);
                    if (s < current) {
                        current = s;
                        keepGap = gap;
                        keepB = trial[k];
                    }
                }
                gaps[k] = keepGap;
                b[k] = keepB;
            }
            if (!(current < before - 1e-12 * Math.abs(before))) {
                break;
            }
        }
        return solve(gaps, b);
    }

    /** The gaps between the coarse neighbours of {@code gap}. */
    private int[] cell(int[] coarse, int gap) {
        int i = Arrays.binarySearch(coarse, gap);
        int at = i >= 0 ? i : -i - 2;
        int lo = at <= 0 ? 1 : coarse[at - 1] + 1;
        int hi = at + 1 >= coarse.length ? g.size() - 1 : coarse[at + 1] - 1;
        return new int[] {lo, Math.max(lo, hi)};
    }

    private static int[] coarseGaps(int u) {
        int n = u - 1;
        int size = Math.min(n, COARSE_GAPS);
        int[] gaps = new int[size];
        for (int i = 0; i < size; i++) {
            gaps[i] = size == n ? i + 1 : 1 + (int) Math.round(i * (n - 1) / (double) (size - 1));
        }
        return gaps;
    }

    /** Places break k at its best date inside its gap (hinge) or the gap's middle (discontinuous); the score. */
    private double place(int[] gaps, int k, double[] b) {
        if (model == BreakModel.DISCONTINUOUS) {
            b[k] = mid(gaps[k]);
            return splitSse(gaps);
        }
        return HingeConstraint.place(lines(gaps), g.dates[gaps[k] - 1], g.dates[gaps[k]], k, b);
    }

    private double score(int[] gaps, double[] b) {
        return model == BreakModel.DISCONTINUOUS ? splitSse(gaps) : HingeConstraint.sse(lines(gaps), b);
    }

    private double mid(int gap) {
        return (g.dates[gap - 1] + g.dates[gap]) / 2;
    }

    /** Every segment holds at least minPoints by weight on at least two dates; gaps strictly ascending. */
    boolean admissible(int[] gaps) {
        int start = 0;
        for (int k = 0; k <= gaps.length; k++) {
            int end = k < gaps.length ? gaps[k] : g.size();
            if (end <= start || g.weight(start, end) < minPoints || g.datesPresent(start, end) < 2) {
                return false;
            }
            start = end;
        }
        return true;
    }

    /** Each segment's own least-squares line, or null when one has fewer than two dates. */
    private Line[] lines(int[] gaps) {
        Line[] lines = new Line[gaps.length + 1];
        int start = 0;
        for (int k = 0; k <= gaps.length; k++) {
            int end = k < gaps.length ? gaps[k] : g.size();
            lines[k] = g.line(start, end);
            if (lines[k] == null) {
                return null;
            }
            start = end;
        }
        return lines;
    }

    /** Sum of the segments' own residuals (the discontinuous model). */
    private double splitSse(int[] gaps) {
        Line[] lines = lines(gaps);
        if (lines == null) {
            return Double.POSITIVE_INFINITY;
        }
        double sse = 0;
        for (Line l : lines) {
            sse += l.sse();
        }
        return sse;
    }

    /** The broken line at these gaps and break dates, with its segments' lines and residual sum of squares. */
    BrokenLine solve(int[] gaps, double[] breaks) {
        int k = gaps.length;
        double[] intercepts = new double[k + 1];
        double[] slopes = new double[k + 1];
        double[] b = breaks.clone();
        Line[] lines = lines(gaps);
        if (model == BreakModel.DISCONTINUOUS || k == 0) {
            double sse = 0;
            double[] earliest = new double[k];
            double[] latest = new double[k];
            for (int j = 0; j <= k; j++) {
                intercepts[j] = lines[j].intercept();
                slopes[j] = lines[j].slope();
                sse += lines[j].sse();
                if (j < k) {
                    // Dates absent from a bootstrap resample widen the gap the break may be anywhere in.
                    earliest[j] = g.presentBefore(gaps[j]);
                    latest[j] = g.presentFrom(gaps[j]);
                    b[j] = (earliest[j] + latest[j]) / 2;
                }
            }
            return new BrokenLine(b, earliest, latest, gaps.clone(), intercepts, slopes, sse);
        }
        HingeEquations hinge = HingeEquations.of(g, b, gaps);
        double[] beta = hinge.solve();
        double level = beta[0];
        double slope = beta[1];
        intercepts[0] = level;
        slopes[0] = slope;
        for (int j = 0; j < k; j++) {
            slope += beta[2 + j];
            level -= beta[2 + j] * b[j];
            intercepts[j + 1] = level;
            slopes[j + 1] = slope;
        }
        return new BrokenLine(b, b.clone(), b.clone(), gaps.clone(), intercepts, slopes, HingeConstraint.sse(lines, b));
    }
}
