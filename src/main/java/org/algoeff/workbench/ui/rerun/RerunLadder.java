// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Turns the reruns of several recipes into a trend data set ("your machine (cpu)"): each recipe's median
 * compute-to-target at 1 July of its year, the spread kept in the point's attributes, fitted with the same fitter
 * as any data set. No JavaFX: it runs on the rerun thread.
 */
public final class RerunLadder {
    /** Bootstrap resamples of the ladder fit (a handful of points; 1,000 is plenty and quick). */
    static final int RESAMPLES = 1000;

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
     */
    public record Outcome(TrendDataset dataset, List<RerunSummary> summaries, List<String> notReached, TrendFit fit,
                          String readout, BackendInfo backend) {
        public Outcome {
            summaries = List.copyOf(summaries);
            notReached = List.copyOf(notReached);
        }
    }

    /** Builds the data set and fits it; {@code target} is the accuracy every rerun trained to. */
    public static Outcome of(List<RerunSummary> summaries, BackendInfo backend, double target, TrendFitter fitter,
                             CancellationToken cancel) {
        List<TrendPoint> points = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (RerunSummary s : summaries) {
            if (Double.isFinite(s.medianComputeToTarget()) && s.medianComputeToTarget() > 0) {
                points.add(point(s));
            } else {
                missed.add(String.format(Locale.ROOT, "%s: did not reach the target (%d of %d seeds reached it)",
                        s.recipe(), s.reached(), s.seeds()));
            }
        }
        String name = "your machine (" + backend.used().id() + ")";
        TrendDataset dataset = new TrendDataset(name,
                String.format(Locale.ROOT, "compute to %.3f test accuracy (FLOP)", target), points,
                new Provenance(List.of(), Map.of("source", "reruns in the window", "target", Double.toString(target),
                        "backend", backend.describe()), "algoeff", Instant.now()));
        long years = points.stream().map(TrendPoint::date).distinct().count();
        if (years < 2) {
            return new Outcome(dataset, summaries, missed, null, "your machine: " + points.size()
                    + " recipe(s) reached the target; a trend needs two recipe years", backend);
        }
        TrendFit fit = fitter.fit(dataset, FitOptions.DEFAULT.withBootstrap(RESAMPLES, FitOptions.DEFAULT_SEED),
                ProgressSink.NONE, cancel);
        return new Outcome(dataset, summaries, missed, fit, "your machine: " + TrendReadout.describe(fit, null), backend);
    }

    /** The recipe's median at 1 July of its year (as the CLI's ladder fit); min, max and seeds as attributes. */
    static TrendPoint point(RerunSummary s) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(TrendPoint.SPREAD_LOW, Double.toString(s.minComputeToTarget()));
        attributes.put(TrendPoint.SPREAD_HIGH, Double.toString(s.maxComputeToTarget()));
        attributes.put("seeds", Integer.toString(s.seeds()));
        attributes.put("reached", Integer.toString(s.reached()));
        return new TrendPoint(s.recipe(), RecipeYear.date(s.year()), s.medianComputeToTarget(), attributes);
    }

    /** One line for the status bar: "CPU: CpuBackend, OPENBLAS, 1 thread, CPU (2 cores)". */
    public static String describeBackend(BackendInfo b) {
        String cls = b.backendClass().substring(b.backendClass().lastIndexOf('.') + 1);
        return String.format(Locale.ROOT, "%s: %s, %s, %d thread%s%s", b.used().name(), cls.isEmpty() ? "?" : cls,
                b.blasVendor().isEmpty() ? "no BLAS reported" : b.blasVendor(), b.threads(), b.threads() == 1 ? "" : "s",
                b.device().isEmpty() ? "" : ", " + b.device());
    }
}
