// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Pairs bootstrap of a broken line: every resample draws n of the n points with replacement (for a frontier fit, n
 * of the candidates, keeping the records among those drawn, as {@link FrontierBootstrap} does), searches the break
 * dates again with the same number of breaks, and keeps the breaks, each segment's slope and the curve on a grid of
 * years. The break intervals thus include the uncertainty of where the break is, and the segments' intervals that
 * of where they start and end. A resample that leaves no admissible split is drawn again. Seeded.
 */
final class PiecewiseBootstrap {
    private static final int MAX_DEGENERATE_DRAWS_PER_RESAMPLE = 1_000;
    private static final int CHECK_EVERY = 16;

    /** What to resample: the points (sorted by date) with their date groups, centred as the fit was. */
    record Base(double[] dates, int[] group, double[] x, double[] y, double xCentre, double yCentre) {
    }

    /** The frontier rule, or null for a plain fit: the record to beat before the window (log2), and which way. */
    record FrontierRule(double recordLog2, boolean declining) {
    }

    /**
     * Sorted samples, one row per quantity and one entry per resample.
     *
     * @param earliest decimal years of the earliest date break k can be, row k (a discontinuous break may be anywhere
     *                 in the gap it falls in; a hinge's is its date)
     * @param latest   the latest date break k can be, row k
     * @param slopes log2 per year of segment j, row j
     * @param curve  log2 value of the curve at grid year i, row i
     */
    record Samples(double[][] earliest, double[][] latest, double[][] slopes, double[][] curve) {
    }

    private PiecewiseBootstrap() {
    }

    static Samples run(Base base, FrontierRule frontier, BreakModel model, int k, int minPoints, double[] gridYears,
                       int resamples, long seed, ProgressSink progress, CancellationToken cancel) {
        int n = base.x().length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] earliest = new double[k][resamples];
        double[][] latest = new double[k][resamples];
        double[][] slopes = new double[k + 1][resamples];
        double[][] curve = new double[gridYears.length][resamples];
        int[] counts = new int[n];
        double[] weight = new double[n];
        for (int r = 0; r < resamples; r++) {
            if (r % CHECK_EVERY == 0) {
                cancel.throwIfCancelled();
                progress.progress((double) r / resamples, "breakpoint bootstrap resample " + r + " of " + resamples);
            }
            BrokenLine line = oneResample(base, frontier, model, k, minPoints, random, counts, weight);
            for (int b = 0; b < k; b++) {
                earliest[b][r] = line.earliest()[b] + base.xCentre();
                latest[b][r] = line.latest()[b] + base.xCentre();
            }
            for (int j = 0; j <= k; j++) {
                slopes[j][r] = line.slopes()[j];
            }
            for (int i = 0; i < gridYears.length; i++) {
                curve[i][r] = base.yCentre() + line.valueAt(gridYears[i] - base.xCentre());
            }
        }
        for (double[][] rows : new double[][][] {earliest, latest, slopes, curve}) {
            for (double[] row : rows) {
                Arrays.sort(row);
            }
        }
        return new Samples(earliest, latest, slopes, curve);
    }

    private static BrokenLine oneResample(Base base, FrontierRule frontier, BreakModel model, int k, int minPoints,
                                          SplittableRandom random, int[] counts, double[] weight) {
        int n = counts.length;
        for (int attempt = 0; attempt < MAX_DEGENERATE_DRAWS_PER_RESAMPLE; attempt++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            if (frontier == null) {
                for (int i = 0; i < n; i++) {
                    weight[i] = counts[i];
                }
            } else {
                // A point drawn twice is one record; one not drawn cannot set one.
                double best = frontier.recordLog2();
                for (int i = 0; i < n; i++) {
                    double y = base.y()[i] + base.yCentre();
                    boolean record = counts[i] > 0 && (frontier.declining() ? y < best : y > best);
                    weight[i] = record ? 1 : 0;
                    if (record) {
                        best = y;
                    }
                }
            }
            DateGroups groups = DateGroups.of(base.dates(), base.group(), base.y(), weight);
            BrokenLine line = new BreakSearch(groups, model, minPoints).best(k);
            if (line != null) {
                return line;
            }
        }
        throw new IllegalArgumentException("bootstrap resamples keep leaving a segment with fewer than " + minPoints
                + " points; fit fewer breaks or allow smaller segments");
    }

    /** Linear-interpolated percentile of a sorted row (the same rule as every other interval here). */
    static double percentile(double[] sorted, double p) {
        return SlopeBootstrap.percentile(sorted, p);
    }
}
