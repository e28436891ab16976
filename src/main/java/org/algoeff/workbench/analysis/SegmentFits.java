// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.PiecewiseFit.SegmentBand;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/**
 * The segments of a fitted broken line as fits of their own ({@link TrendFit}: slope, doubling or halving time, both
 * intervals, factors, warnings), and the fitted curve along each with its bootstrap band. A segment's t-interval is
 * conditional on the break dates: its own least squares for the discontinuous model, the hinge's coefficient
 * covariance (residual variance on n - 2 - k degrees of freedom) for the continuous one.
 */
final class SegmentFits {
    /** Grid ends are moved this far into their segment (years), so they fall on its side of a break. */
    private static final double INSIDE = 1e-6;
    private final Centred fitted;
    private final BrokenLine line;
    private final double[][] bounds;
    private final PiecewiseBootstrap.Samples samples;
    private final Provenance provenance;
    private final List<TrendFit> fits = new ArrayList<>();

    SegmentFits(FitSelection selection, Centred fitted, BrokenLine line, BreakModel model,
                TrendDirection direction, double[][] bounds, PiecewiseBootstrap.Samples samples, int resamples,
                long seed, Provenance provenance) {
        this.fitted = fitted;
        this.line = line;
        this.bounds = bounds;
        this.samples = samples;
        this.provenance = provenance;
        double[][] inverse = model == BreakModel.CONTINUOUS && line.breaks().length > 0
                ? HingeEquations.of(fitted.groups(ones(fitted.x().length)), line.breaks(), line.gaps()).inverse() : null;
        int n = fitted.points().size();
        int k = line.breaks().length;
        for (int j = 0; j <= k; j++) {
            int[] range = pointRange(j);
            List<TrendPoint> points = fitted.points().subList(range[0], range[1]);
            Interval t = inverse == null ? tOwn(range, direction)
                    : hingeT(inverse, j, line.sse() / (n - 2 - k), n - 2 - k, direction);
            Interval boot = samples == null ? new Interval(Double.NaN, Double.NaN)
                    : TrendFitter.percentileMonths(samples.slopes()[j], direction);
            fits.add(segment(selection, j, points, range, direction, t, boot, resamples, seed));
        }
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /** Each segment's [start, end] in decimal years: the first point, the breaks, the last point. */
    static double[][] bounds(BrokenLine line, Centred fitted) {
        int k = line.breaks().length;
        double[][] b = new double[k + 1][2];
        double first = fitted.x()[0] + fitted.xCentre();
        double last = fitted.x()[fitted.x().length - 1] + fitted.xCentre();
        for (int j = 0; j <= k; j++) {
            b[j][0] = j == 0 ? first : line.breaks()[j - 1] + fitted.xCentre();
            b[j][1] = j == k ? last : line.breaks()[j] + fitted.xCentre();
        }
        return b;
    }

    /** {@code samples} years along each segment, concatenated; the ends nudged inside the segment. */
    static double[] grid(double[][] bounds, int samples) {
        double[] grid = new double[bounds.length * samples];
        for (int j = 0; j < bounds.length; j++) {
            double a = bounds[j][0];
            double b = bounds[j][1];
            double inside = Math.min(INSIDE, (b - a) / 4);
            for (int i = 0; i < samples; i++) {
                double x = a + (b - a) * i / (samples - 1);
                grid[j * samples + i] = i == 0 ? x + inside : i == samples - 1 ? x - inside : x;
            }
        }
        return grid;
    }

    List<TrendFit> fits() {
        return List.copyOf(fits);
    }

    Provenance provenance() {
        return provenance;
    }

    /** The fitted curve along each segment (its own line) with the pointwise 95% band of the resampled curves. */
    List<SegmentBand> bands(double[] grid, int samples) {
        List<SegmentBand> out = new ArrayList<>();
        for (int j = 0; j < bounds.length; j++) {
            List<Double> years = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                int at = j * samples + i;
                double x = grid[at];
                years.add(x);
                values.add(Math.pow(2, fitted.yCentre() + line.intercepts()[j]
                        + line.slopes()[j] * (x - fitted.xCentre())));
                if (this.samples != null) {
                    low.add(Math.pow(2, PiecewiseBootstrap.percentile(this.samples.curve()[at], 0.025)));
                    high.add(Math.pow(2, PiecewiseBootstrap.percentile(this.samples.curve()[at], 0.975)));
                }
            }
            out.add(new SegmentBand(years, values, low, high));
        }
        return out;
    }

    /** Indexes [from, to) of the points in segment j (by date group). */
    private int[] pointRange(int j) {
        int k = line.breaks().length;
        int firstGroup = j == 0 ? 0 : line.gaps()[j - 1];
        int endGroup = j == k ? Integer.MAX_VALUE : line.gaps()[j];
        int from = -1;
        int to = 0;
        for (int i = 0; i < fitted.group().length; i++) {
            int g = fitted.group()[i];
            if (g >= firstGroup && g < endGroup) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return new int[] {from, to};
    }

    private Interval tOwn(int[] range, TrendDirection direction) {
        int m = range[1] - range[0];
        if (m <= 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = fitted.x()[range[0] + i];
            y[i] = fitted.y()[range[0] + i];
        }
        return TrendFitter.tInterval(LeastSquares.fit(x, y, m), direction);
    }

    /** The hinge segment j's slope is b1 + c_1 + ... + c_j: its variance is a sum over the inverse's block. */
    private Interval hingeT(double[][] inverse, int j, double variance, int df, TrendDirection direction) {
        if (df <= 0 || inverse == null) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double v = 0;
        for (int a = 1; a <= j + 1; a++) {
            for (int b = 1; b <= j + 1; b++) {
                v += inverse[a][b];
            }
        }
        return TrendFitter.tInterval(line.slopes()[j], Math.sqrt(variance * v), df, direction);
    }

    private TrendFit segment(FitSelection selection, int j, List<TrendPoint> points, int[] range,
                             TrendDirection direction, Interval t, Interval boot, int resamples, long seed) {
        double slope = line.slopes()[j];
        double intercept = fitted.yCentre() + line.intercepts()[j] - slope * fitted.xCentre();
        double sse = 0;
        double mean = 0;
        for (int i = range[0]; i < range[1]; i++) {
            mean += fitted.y()[i];
        }
        mean /= range[1] - range[0];
        double sst = 0;
        for (int i = range[0]; i < range[1]; i++) {
            double res = fitted.y()[i] - (line.intercepts()[j] + slope * fitted.x()[i]);
            sse += res * res;
            sst += (fitted.y()[i] - mean) * (fitted.y()[i] - mean);
        }
        boolean declining = direction == TrendDirection.DECLINING;
        TrendPoint first = points.get(0);
        TrendPoint last = points.get(points.size() - 1);
        double factor = declining ? first.value() / last.value() : last.value() / first.value();
        double span = bounds[j][1] - bounds[j][0];
        double fittedFactor = Math.pow(2, (declining ? -slope : slope) * span);
        boolean frontier = selection.options().frontierOnly();
        return new TrendFit(points, DecimalYear.toDate(bounds[j][0]), DecimalYear.toDate(bounds[j][1]), slope,
                intercept, sst == 0 ? 1 : 1 - sse / sst, direction, TrendFitter.months(slope, direction), boot, t,
                factor, fittedFactor, resamples, seed, frontier, points.size(),
                FitWarnings.of(selection.data(), points, points.size(), frontier, resamples, boot, t), provenance);
    }
}
