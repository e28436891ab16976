// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The ladder's rules in one place, for the CLI, the window and sweeps: turns the reruns of several recipes into a
 * trend data set ("your machine (cpu)"): each era's median compute-to-target ({@link RerunSummary}) at 1 July of its
 * year, its interval and spread kept in the point's attributes, fitted with the same fitter as any data set, and the
 * halving time's bootstrap interval over seeds and recipes ({@link LadderTrend}). Recipes whose median missed the
 * target are "never reached": a capability the ladder reports, not an infinite compute. Probes (not
 * {@link Recipe#onLadder}) are summarised but not fitted. No JavaFX: it runs on the rerun thread.
 */
public final class RerunLadder {
    /** Bootstrap resamples of the ladder fit (a handful of points; 1,000 is plenty and quick). */
    public static final int RESAMPLES = 1000;

    private RerunLadder() {
    }

    /**
     * What a batch of reruns produced.
     *
     * @param dataset    the plotted points (recipes whose median reached the target), possibly empty
     * @param summaries  every recipe's summary, in run order
     * @param notReached "recipe: reached by k of n seeds" for each recipe left off the chart
     * @param fit        the trend of the dataset, or null with fewer than two recipe years
     * @param readout    "your machine: halves every N months (95% CI a-b), ..." or why there is no trend
     * @param backend    what the last rerun ran on
     * @param trend      the halving time with its bootstrap interval over seeds and recipes
     */
    public record Outcome(TrendDataset dataset, List<RerunSummary> summaries, List<String> notReached, TrendFit fit,
                          String readout, BackendInfo backend, LadderTrend trend) {
        public Outcome {
            summaries = List.copyOf(summaries);
            notReached = List.copyOf(notReached);
        }
    }

    /**
     * Builds the data set and fits it; {@code target} is the accuracy every rerun trained to. All summaries are taken
     * as eras; use {@link #ofLadder} to leave probes out of the fit.
     */
    public static Outcome of(List<RerunSummary> summaries, BackendInfo backend, double target, TrendFitter fitter,
                             CancellationToken cancel) {
        List<TrendPoint> points = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (RerunSummary s : summaries) {
            if (s.onLadder()) {
                points.add(point(s));
            } else {
                missed.add(String.format(Locale.ROOT, "%s: never reached the target (%d of %d seeds reached it): "
                        + "a capability it lacks, not an infinite compute; not on the fit", s.recipe(), s.reached(),
                        s.seeds()));
            }
        }
        LadderTrend trend = LadderTrend.of(summaries);
        String name = "your machine (" + backend.used().id() + ")";
        TrendDataset dataset = new TrendDataset(name,
                String.format(Locale.ROOT, "compute to %.3f test accuracy (FLOP)", target), points,
                new Provenance(List.of(), Map.of("source", "reruns in the window", "target", Double.toString(target),
                        "backend", backend.describe()), "algoeff", Instant.now()));
        long years = points.stream().map(TrendPoint::date).distinct().count();
        if (years < 2) {
            return new Outcome(dataset, summaries, missed, null, "your machine: " + points.size()
                    + " recipe(s) reached the target; a trend needs two recipe years", backend, trend);
        }
        TrendFit fit = fitter.fit(dataset, FitOptions.DEFAULT.withBootstrap(RESAMPLES, FitOptions.DEFAULT_SEED),
                ProgressSink.NONE, cancel);
        return new Outcome(dataset, summaries, missed, fit, "your machine: " + trend.describe() + perRecipe(summaries),
                backend, trend);
    }

    /** One line per recipe: "mlp-1986: median 1.2e14 FLOP (93.8% interval 1.1e14-1.3e14), 5/5 seeds". */
    static String perRecipe(List<RerunSummary> summaries) {
        StringBuilder s = new StringBuilder();
        for (RerunSummary r : summaries) {
            if (!r.onLadder()) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%n%s: median %s (%.1f%% interval %s - %s), %d/%d seeds", r.recipe(),
                    org.algoeff.workbench.compute.Flops.format(r.medianComputeToTarget()), 100 * r.intervalCoverage(),
                    org.algoeff.workbench.compute.Flops.format(r.intervalLow()), Double.isFinite(r.intervalHigh())
                            ? org.algoeff.workbench.compute.Flops.format(r.intervalHigh()) : "not reached",
                    r.reached(), r.seeds()));
        }
        return s.toString();
    }

    /** As {@link #of}, with the probes among {@code summaries} (recipes not on the ladder) left out. */
    public static Outcome ofLadder(List<RerunSummary> summaries, BackendInfo backend, double target,
                                   TrendFitter fitter, CancellationToken cancel) {
        List<RerunSummary> eras = summaries.stream()
                .filter(s -> Recipes.byId(baseId(s.recipe())).map(Recipe::onLadder).orElse(true)).toList();
        return of(eras, backend, target, fitter, cancel);
    }

    /** "cnn-2012" for "cnn-2012[w0.5 lr2]": the recipe a variation came from. */
    public static String baseId(String id) {
        int bracket = id.indexOf('[');
        return bracket < 0 ? id : id.substring(0, bracket);
    }

    /** The recipe's median at 1 July of its year (as the CLI's ladder fit); min, max and seeds as attributes. */
    public static TrendPoint point(RerunSummary s) {
        return s.toTrendPoint();
    }

    /** One line for the status bar: "CPU: CpuBackend, OPENBLAS, 1 thread, CPU (2 cores)". */
    public static String describeBackend(BackendInfo b) {
        String cls = b.backendClass().substring(b.backendClass().lastIndexOf('.') + 1);
        return String.format(Locale.ROOT, "%s: %s, %s, %d thread%s%s", b.used().name(), cls.isEmpty() ? "?" : cls,
                b.blasVendor().isEmpty() ? "no BLAS reported" : b.blasVendor(), b.threads(), b.threads() == 1 ? "" : "s",
                b.device().isEmpty() ? "" : ", " + b.device());
    }
}
