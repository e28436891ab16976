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
 * line and only the gap matters. Continuous (hinge): the segments' own lines must meet at the breaks; by the usual
 * result for least squares under linear constraints, the hinge's residual sum of squares is the free lines' plus
 * d' A^-1 d, where d holds how far adjacent lines are apart at each break and A the variance factors of those
 * differences ({@link #hingeSse}). Holding the other breaks, that is a ratio of two quadratics in a break's date,
 * minimised exactly within its gap ({@link #placeExact}). One break: every gap, exact. Two breaks: every pair of a
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
        return placeExact(gaps, k, b);
    }

    private double score(int[] gaps, double[] b) {
        return model == BreakModel.DISCONTINUOUS ? splitSse(gaps) : hingeSse(lines(gaps), b);
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

    /**
     * The hinge's residual sum of squares at break dates b: the free lines' plus d' A^-1 d, with d_k the gap between
     * lines k and k+1 at b_k and A the (tridiagonal) variance factors of those gaps.
     */
    static double hingeSse(Line[] lines, double[] b) {
        if (lines == null) {
            return Double.POSITIVE_INFINITY;
        }
        double free = 0;
        for (Line l : lines) {
            free += l.sse();
        }
        double[] nd = excess(lines, b);
        return free + nd[0] / nd[1];
    }

    /** {numerator, denominator} of d' A^-1 d (one break: d^2 / a; two: by the 2 x 2 inverse). */
    private static double[] excess(Line[] lines, double[] b) {
        double d1 = lines[0].valueAt(b[0]) - lines[1].valueAt(b[0]);
        double a11 = lines[0].covariance(b[0], b[0]) + lines[1].covariance(b[0], b[0]);
        if (b.length == 1) {
            return new double[] {d1 * d1, a11};
        }
        double d2 = lines[1].valueAt(b[1]) - lines[2].valueAt(b[1]);
        double a22 = lines[1].covariance(b[1], b[1]) + lines[2].covariance(b[1], b[1]);
        double a12 = -lines[1].covariance(b[0], b[1]);
        return new double[] {a22 * d1 * d1 - 2 * a12 * d1 * d2 + a11 * d2 * d2, a11 * a22 - a12 * a12};
    }

    /**
     * Moves hinge break k to the date in its gap (ends included) that minimises the residual sum of squares, the
     * other breaks held; returns that minimum. Holding the others, numerator and denominator of d' A^-1 d are
     * quadratics in the date, so the minimum is at an end or a root of the quadratic N'D - ND'.
     */
    private double placeExact(int[] gaps, int k, double[] b) {
        Line[] lines = lines(gaps);
        if (lines == null) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = g.dates[gaps[k] - 1];
        double hi = g.dates[gaps[k]];
        double[] n = new double[3];
        double[] d = new double[3];
        for (int i = 0; i < 3; i++) {
            b[k] = lo + (hi - lo) * i / 2;
            double[] nd = excess(lines, b);
            n[i] = nd[0];
            d[i] = nd[1];
        }
        // Quadratics in t = (date - lo) / (hi - lo) through t = 0, 1/2, 1: q(t) = q0 + q1 t + q2 t^2.
        double n1 = -3 * n[0] + 4 * n[1] - n[2];
        double n2 = 2 * n[0] - 4 * n[1] + 2 * n[2];
        double d1 = -3 * d[0] + 4 * d[1] - d[2];
        double d2 = 2 * d[0] - 4 * d[1] + 2 * d[2];
        // N'D - ND' = (n1 d2 - n2 d1) t^2 + 2 (n0 d2 - n2 d0) t ... collected: a t^2 + bq t + c.
        double a = n2 * d1 - n1 * d2;
        double bq = 2 * (n2 * d[0] - n[0] * d2);
        double c = n1 * d[0] - n[0] * d1;
        double bestT = 0;
        double best = ratio(n, n1, n2, d, d1, d2, 0);
        for (double t : candidates(a, bq, c)) {
            double f = ratio(n, n1, n2, d, d1, d2, t);
            if (f < best) {
                best = f;
                bestT = t;
            }
        }
        b[k] = lo + (hi - lo) * bestT;
        double free = 0;
        for (Line l : lines) {
            free += l.sse();
        }
        return free + best;
    }

    private static double ratio(double[] n, double n1, double n2, double[] d, double d1, double d2, double t) {
        double den = d[0] + d1 * t + d2 * t * t;
        return den > 0 ? Math.max(0, (n[0] + n1 * t + n2 * t * t) / den) : Double.POSITIVE_INFINITY;
    }

    /** t = 1 and the roots of a t^2 + b t + c inside (0, 1). */
    private static double[] candidates(double a, double b, double c) {
        List<Double> ts = new ArrayList<>(List.of(1.0));
        double scale = Math.abs(a) + Math.abs(b) + Math.abs(c);
        if (scale == 0) {
            return new double[] {1};
        }
        if (Math.abs(a) < 1e-12 * scale) {
            if (Math.abs(b) > 0) {
                ts.add(-c / b);
            }
        } else {
            double disc = b * b - 4 * a * c;
            if (disc >= 0) {
                double sq = Math.sqrt(disc);
                double q = -0.5 * (b + Math.copySign(sq, b));
                ts.add(q / a);
                if (q != 0) {
                    ts.add(c / q);
                }
            }
        }
        return ts.stream().filter(t -> t > 0 && t <= 1).mapToDouble(Double::doubleValue).toArray();
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
        return new BrokenLine(b, b.clone(), b.clone(), gaps.clone(), intercepts, slopes, hingeSse(lines, b));
    }
}
