// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;
import org.algoeff.workbench.analysis.PiecewiseFit.Breakpoint;
import org.algoeff.workbench.analysis.PiecewiseFit.ModelScore;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Fits a piecewise log-linear trend: least squares of log2(value) on decimal year with 1 or 2 breaks whose dates are
 * estimated too (continuous hinge or discontinuous segments), or the number of breaks (0-2) with the lowest BIC.
 * The points are those {@link TrendFitter} would fit (row filters, frontier over the whole data set, date window);
 * intervals are a pairs bootstrap that re-estimates the breaks in every resample ({@link PiecewiseBootstrap}) and,
 * per segment, the t-interval given the break dates. Synchronous and cancellable.
 */
public final class PiecewiseFitter {
    /** Samples of the fitted curve along each segment (its drawn line and band). */
    static final int BAND_SAMPLES = 48;
    private final String toolVersion;

    public PiecewiseFitter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * A piecewise fit of the rows passing {@code options.where()} ({@code options.groupBy()} is not applied).
     *
     * @throws IllegalArgumentException when no breakpoints are asked for, a filter names no column, or the points
     *                                  are too few for the breaks asked (the message says how many are needed)
     */
    public PiecewiseFit fit(TrendDataset data, FitOptions options, BreakpointOptions breaks, ProgressSink progress,
                            CancellationToken cancel) {
        if (!breaks.enabled()) {
            throw new IllegalArgumentException("no breakpoints asked for: use the plain fit");
        }
        FitSelection selection = FitSelection.of(RowSelection.where(data, options.where()), options);
        List<TrendPoint> used = selection.used();
        Centred fitted = Centred.of(used, null);
        BreakSearch search = new BreakSearch(fitted.groups(ones(used.size())), breaks.model(),
                breaks.minSegmentPoints());
        List<ModelScore> scores = new ArrayList<>();
        int k = choose(search, breaks, used.size(), scores);
        BrokenLine line = search.best(k);
        TrendDirection direction = options.direction() != null ? options.direction()
                : TrendFitter.directionOf(used);
        double[][] bounds = SegmentFits.bounds(line, fitted);
        double[] grid = SegmentFits.grid(bounds, BAND_SAMPLES);
        int resamples = used.size() > 2 + 2 * k ? options.bootstrapResamples() : 0;
        PiecewiseBootstrap.Samples samples = resamples == 0 ? null : bootstrap(selection, fitted, breaks, k, grid,
                resamples, options.seed(), progress, cancel);
        SegmentFits segments = new SegmentFits(selection, fitted, line, breaks.model(), direction, bounds,
                samples, resamples, options.seed(), provenance(data, options, breaks, k, direction));
        List<FitWarning> warnings = new ArrayList<>(FitWarnings.of(selection.data(), used,
                selection.candidates().size(), options.frontierOnly(), resamples, unbounded(segments.fits()),
                new Interval(Double.NaN, Double.NaN)));
        bicWarning(breaks, k, scores).ifPresent(warnings::add);
        progress.progress(1, "fitted " + used.size() + " points with " + k + " break(s)");
        return new PiecewiseFit(breaks.model(), breaks.breaks(), breakpoints(line, fitted, samples, breaks.model()),
                segments.fits(), segments.bands(grid, BAND_SAMPLES), scores, direction, used.size(), line.sse(),
                resamples, options.seed(), options.frontierOnly(), warnings, segments.provenance());
    }

    /**
     * One piecewise fit per group of {@code options.groupBy()} with rows in the date window (most rows first), or a
     * single one when it is null; a group that cannot be fitted carries the reason instead of failing the others.
     *
     * @throws IllegalArgumentException when a filter or the grouping names a column the data set does not have
     */
    public List<PiecewiseGroup> fitEach(TrendDataset data, FitOptions options, BreakpointOptions breaks,
                                        ProgressSink progress, CancellationToken cancel) {
        TrendDataset selected = RowSelection.where(data, options.where());
        if (options.groupBy() == null) {
            return List.of(attempt(null, selected, options, breaks, progress, cancel));
        }
        List<RowSelection.Group> groups = RowSelection.groupsInWindow(selected, options);
        List<PiecewiseGroup> fits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            cancel.throwIfCancelled();
            RowSelection.Group g = groups.get(i);
            double start = (double) i / groups.size();
            ProgressSink part = (fraction, message) -> progress.progress(start + fraction / groups.size(),
                    g.label() + ": " + message);
            fits.add(attempt(g.label(), g.data(), options, breaks, part, cancel));
        }
        return fits;
    }

    private PiecewiseGroup attempt(String group, TrendDataset data, FitOptions options, BreakpointOptions breaks,
                                   ProgressSink progress, CancellationToken cancel) {
        int rows = RowSelection.inWindow(data, options);
        try {
            return new PiecewiseGroup(group, data, rows, fit(data, options, breaks, progress, cancel), null);
        } catch (IllegalArgumentException e) {
            return new PiecewiseGroup(group, data, rows, null, e.getMessage());
        }
    }

    /**
     * Number of breaks: the one asked for, or (auto) the one with the lowest BIC. Every number up to it (up to 2 for
     * auto) is scored, so a fit can say when BIC prefers fewer breaks than were asked for.
     */
    private static int choose(BreakSearch search, BreakpointOptions breaks, int n, List<ModelScore> scores) {
        int asked = breaks.breaks().count();
        int to = asked < 0 ? 2 : asked;
        for (int k = 0; k <= to; k++) {
            BrokenLine line = search.best(k);
            if (line != null) {
                int parameters = parameters(breaks.model(), k);
                double bic = n * Math.log(Math.max(line.sse(), Double.MIN_NORMAL) / n) + parameters * Math.log(n);
                scores.add(new ModelScore(k, parameters, line.sse(), bic));
            }
        }
        if (asked >= 0 && scores.stream().noneMatch(s -> s.breaks() == asked)) {
            int need = (asked + 1) * breaks.minSegmentPoints();
            throw new IllegalArgumentException(asked + " break(s) need at least " + need + " points (" + (asked + 1)
                    + " segments of " + breaks.minSegmentPoints() + " or more, each on 2 or more dates); found " + n);
        }
        return asked >= 0 ? asked : lowestBic(scores).breaks();
    }

    private static ModelScore lowestBic(List<ModelScore> scores) {
        return scores.stream().min(Comparator.comparingDouble(ModelScore::bic)).orElseThrow();
    }

    /** Parameters BIC counts: each segment's slope, its level (discontinuous) or one level, and each break date. */
    static int parameters(BreakModel model, int k) {
        return model == BreakModel.CONTINUOUS || k == 0 ? 2 + 2 * k : 3 * k + 2;
    }

    /** A warning when fewer breaks than asked for have the lower BIC: the data do not call for these breaks. */
    private static Optional<FitWarning> bicWarning(BreakpointOptions breaks, int k, List<ModelScore> scores) {
        if (breaks.breaks() == Breaks.AUTO || scores.size() < 2) {
            return Optional.empty();
        }
        ModelScore best = lowestBic(scores);
        if (best.breaks() >= k) {
            return Optional.empty();
        }
        ModelScore chosen = scores.stream().filter(s -> s.breaks() == k).findFirst().orElseThrow();
        return Optional.of(new FitWarning(FitWarning.Kind.FEWER_BREAKS, String.format(Locale.ROOT,
                "BIC prefers %d break(s) (BIC %.1f) to the %d asked for (BIC %.1f): the data do not call for %s",
                best.breaks(), best.bic(), k, chosen.bic(), k - best.breaks() == 1 ? "this break" : "these breaks")));
    }

    private static PiecewiseBootstrap.Samples bootstrap(FitSelection selection, Centred fitted,
                                                        BreakpointOptions breaks, int k, double[] grid, int resamples,
                                                        long seed, ProgressSink progress, CancellationToken cancel) {
        boolean frontier = selection.options().frontierOnly();
        Centred base = frontier ? Centred.of(selection.candidates(), fitted) : fitted;
        PiecewiseBootstrap.FrontierRule rule = !frontier ? null : new PiecewiseBootstrap.FrontierRule(
                Double.isInfinite(selection.record()) ? selection.record() : FitSelection.log2(selection.record()),
                selection.better() == TrendDirection.DECLINING);
        return PiecewiseBootstrap.run(base.asBase(), rule, breaks.model(), k, breaks.minSegmentPoints(), grid,
                resamples, seed, progress, cancel);
    }

    private static List<Breakpoint> breakpoints(BrokenLine line, Centred fitted, PiecewiseBootstrap.Samples samples,
                                                BreakModel model) {
        List<Breakpoint> out = new ArrayList<>();
        for (int b = 0; b < line.breaks().length; b++) {
            double year = line.breaks()[b] + fitted.xCentre();
            Interval ci = samples == null ? new Interval(Double.NaN, Double.NaN)
                    : new Interval(PiecewiseBootstrap.percentile(samples.earliest()[b], 0.025),
                            PiecewiseBootstrap.percentile(samples.latest()[b], 0.975));
            Interval between = model == BreakModel.DISCONTINUOUS ? new Interval(
                    line.earliest()[b] + fitted.xCentre(), line.latest()[b] + fitted.xCentre()) : null;
            out.add(new Breakpoint(year, ci, between));
        }
        return out;
    }

    /** An interval whose high end is infinite if any segment's is, for the whole fit's warning. */
    private static Interval unbounded(List<TrendFit> segments) {
        boolean open = segments.stream().anyMatch(s -> Double.isInfinite(s.bootstrapCi95Months().high())
                || Double.isInfinite(s.tCi95Months().high()));
        return new Interval(Double.NaN, open ? Double.POSITIVE_INFINITY : Double.NaN);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    private Provenance provenance(TrendDataset data, FitOptions options, BreakpointOptions breaks, int k,
                                  TrendDirection direction) {
        Map<String, String> p = new LinkedHashMap<>(data.provenance().parameters());
        p.put("dataset", data.name());
        p.put("frontierOnly", Boolean.toString(options.frontierOnly()));
        p.put("frontierScope", options.frontierScope().name().toLowerCase(Locale.ROOT));
        p.put("from", options.from() == null ? "" : options.from().toString());
        p.put("to", options.to() == null ? "" : options.to().toString());
        p.put("where", RowFilter.joinAll(options.where()));
        p.put("direction", direction.name().toLowerCase(Locale.ROOT));
        p.put("bootstrapResamples", Integer.toString(options.bootstrapResamples()));
        p.put("seed", Long.toString(options.seed()));
        p.put("breakpoints", breaks.breaks().id());
        p.put("breaks", Integer.toString(k));
        p.put("breakModel", breaks.model().id());
        p.put("minSegmentPoints", Integer.toString(breaks.minSegmentPoints()));
        p.put("method", "least squares of log2(value) on decimal year, " + breaks.model().id() + " broken line, "
                + "break dates by exhaustive/coarse-to-fine search" + (breaks.breaks() == Breaks.AUTO
                ? ", number of breaks by BIC" : "") + "; 95% CI: pairs bootstrap re-estimating the breaks"
                + (options.frontierOnly() ? " and re-selecting the frontier" : "") + " in every resample, and per "
                + "segment the t-interval given the break dates");
        return new Provenance(data.provenance().sources(), p, toolVersion, Instant.now());
    }
}
