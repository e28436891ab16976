// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TargetSensitivity.TargetData;
import org.algoeff.workbench.analysis.ctt.TrainingStop;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrend;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.io.jsonl.RerunLogSchema;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * A rerun batch at other targets than the one it trained to, by the ladder's rules: each recipe summarised over its
 * seeds ({@link RerunSummary}: median, a missed target counts as infinite, 1 July of the recipe year), one ladder data
 * set per target, and the halving time's interval bootstrapped over seeds and recipes ({@link LadderTrend}), so a
 * recipe's seeds are not mistaken for independent eras. A seed whose curve ends before a target because training
 * stopped at its own target ({@link TrainingStop}) cannot say what that target costs: its recipe is left out at that
 * target and named, rather than counted as "never reached".
 *
 * <p>Two sources, one rule: a batch just run ({@link #of}) and rerun logs loaded from disk and measured by the runs
 * service ({@link #ofLogs}), so the Reruns tab, the Runs tab and {@code ctt --targets} agree.
 */
public final class TargetLadder {
    /** {@link TargetData#method()} of the ladder's interval. */
    public static final String INTERVAL_METHOD = "bootstrap over seeds and recipes";

    private TargetLadder() {
    }

    /**
     * One recipe's seeds at one target.
     *
     * @param values       each seed's compute-to-target, +infinity for a miss
     * @param unmeasured   seeds that cannot say (training stopped short of the target, or the curve has no value)
     * @param unmeasuredAs why, for the note (the last such seed's reason: "cannot be measured at 0.95: training
     *                     stopped when ...")
     */
    private record Seeds(String recipe, int year, double[] values, int unmeasured, String unmeasuredAs) {
    }

    /**
     * @param byRecipe the batch: every recipe's seeds, in ladder order
     * @param targets  the target accuracies (0..1)
     * @param name     the ladder's name ("your machine (cpu)")
     */
    public static List<TargetData> of(List<List<RerunResult>> byRecipe, List<Double> targets, String name) {
        List<TargetData> out = new ArrayList<>();
        String series = byRecipe.stream().filter(s -> !s.isEmpty()).findFirst()
                .map(s -> EvalCurve.targetSeries(s.get(0).curve())).orElse(RerunLogSchema.TEST_ACCURACY);
        for (double target : targets) {
            List<Seeds> recipes = new ArrayList<>();
            for (List<RerunResult> seeds : byRecipe) {
                if (!seeds.isEmpty()) {
                    recipes.add(atTarget(seeds, target));
                }
            }
            out.add(at(recipes, target, name, series));
        }
        return out;
    }

    private static Seeds atTarget(List<RerunResult> seeds, double target) {
        double[] values = new double[seeds.size()];
        int stopped = 0;
        String why = "";
        for (int i = 0; i < seeds.size(); i++) {
            RerunResult r = seeds.get(i);
            OptionalDouble ctt = EvalCurve.computeToTarget(r.curve(), target);
            values[i] = ctt.orElse(Double.POSITIVE_INFINITY);
            TrainingStop stop = ctt.isEmpty() ? stop(r) : null;
            if (stop != null) {
                stopped++;
                why = stop.sharedReason(target);
            }
        }
        return new Seeds(seeds.get(0).recipe(), seeds.get(0).year(), values, stopped, why);
    }

    /**
     * Whether these runs are all rerun logs (their header names the recipe and its year), so {@link #ofLogs} can
     * group their seeds per recipe.
     */
    public static boolean areRerunLogs(List<RunInput> runs) {
        return !runs.isEmpty() && runs.stream().allMatch(r -> recipeYear(r) > 0);
    }

    /**
     * A runs sweep's targets as data: rerun logs as a ladder ({@link #ofLogs}), any other runs one point each
     * ({@link TargetSensitivity#ofRuns}).
     *
     * @param name the ladder's name, when the runs are rerun logs
     */
    public static List<TargetData> ofSweep(List<RunInput> runs, TargetSweep sweep, String name) {
        return areRerunLogs(runs) ? ofLogs(runs, sweep, name) : TargetSensitivity.ofRuns(sweep);
    }

    /**
     * Rerun logs measured at several targets by the runs service (the user's metric, direction and compute
     * sources), grouped by the recipe in their headers.
     *
     * @param runs  the runs the sweep measured, all rerun logs ({@link #areRerunLogs})
     * @param sweep their measurement, one outcome per run at each target, in run order
     * @param name  the ladder's name ("your runs")
     */
    public static List<TargetData> ofLogs(List<RunInput> runs, TargetSweep sweep, String name) {
        if (!areRerunLogs(runs)) {
            throw new IllegalArgumentException("not all runs are rerun logs with a recipe and a year");
        }
        // In ladder order (oldest recipe first), not the order the files were found in.
        Map<String, List<Integer>> byRecipe = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>(IntStream.range(0, runs.size()).boxed().toList());
        order.sort(Comparator.comparingInt(i -> recipeYear(runs.get(i))));
        for (int i : order) {
            byRecipe.computeIfAbsent(runs.get(i).run().metadata().get(RerunLogSchema.HEADER_RECIPE),
                    k -> new ArrayList<>()).add(i);
        }
        List<TargetData> out = new ArrayList<>();
        for (RunsTrend atTarget : sweep.perTarget()) {
            List<RunOutcome> outcomes = atTarget.outcomes();
            List<Seeds> recipes = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : byRecipe.entrySet()) {
                List<Integer> seeds = e.getValue();
                double[] values = new double[seeds.size()];
                int unmeasured = 0;
                String why = "";
                for (int j = 0; j < seeds.size(); j++) {
                    RunOutcome o = outcomes.get(seeds.get(j));
                    values[j] = o.status() == RunOutcome.Status.REACHED ? o.trainingFlops() : Double.POSITIVE_INFINITY;
                    if (o.status() == RunOutcome.Status.NOT_MEASURED) {
                        unmeasured++;
                        double asked = atTarget.question().target();
                        why = TrainingStop.of(runs.get(seeds.get(j)).run(), sweep.question().metric())
                                .map(stop -> stop.sharedReason(asked)).orElse(o.reason());
                    }
                }
                recipes.add(new Seeds(e.getKey(), recipeYear(runs.get(seeds.get(0))), values, unmeasured, why));
            }
            out.add(at(recipes, atTarget.question().target(), name, sweep.question().metric()));
        }
        return out;
    }

    private static int recipeYear(RunInput r) {
        Map<String, String> m = r.run().metadata();
        if (!RerunLogSchema.FORMAT.equals(m.get(RerunLogSchema.HEADER_FORMAT))
                || m.getOrDefault(RerunLogSchema.HEADER_RECIPE, "").isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(m.getOrDefault(RerunLogSchema.HEADER_YEAR, ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static TargetData at(List<Seeds> recipes, double target, String name, String metric) {
        List<TrendPoint> points = new ArrayList<>();
        List<RerunSummary> measured = new ArrayList<>();
        // Recipes left out for the same reason share one note: with many recipes the same sentence repeated per
        // recipe hid which recipes were affected.
        Map<String, List<String>> notes = new LinkedHashMap<>();
        String t = RunsTrendService.formatTarget(target);
        for (Seeds seeds : recipes) {
            RerunSummary s = RerunSummary.of(seeds.recipe(), seeds.year(), seeds.values());
            if (seeds.unmeasured() > 0) {
                notes.computeIfAbsent(String.format(Locale.ROOT, "%d of %d seeds: %s",
                        seeds.unmeasured(), seeds.values().length, seeds.unmeasuredAs()), k -> new ArrayList<>())
                        .add(seeds.recipe());
                continue;
            }
            measured.add(s);
            if (s.onLadder()) {
                TrendPoint p = s.toTrendPoint();
                Map<String, String> attributes = new LinkedHashMap<>(p.attributes());
                attributes.put(RunsTrendService.TARGET_ATTRIBUTE, t);
                points.add(new TrendPoint(p.label(), p.date(), p.value(), attributes));
            } else {
                notes.computeIfAbsent(String.format(Locale.ROOT, "not reached (%d of %d seeds reached it)",
                        s.reached(), s.seeds()), k -> new ArrayList<>()).add(s.recipe());
            }
        }
        List<String> said = new ArrayList<>();
        notes.forEach((reason, which) -> said.add(String.join(", ", which) + ": " + reason));
        String why = String.join("; ", said);
        if (points.isEmpty()) {
            return new TargetData(target, null, why.isEmpty() ? "no recipe" : why);
        }
        TrendDataset ds = new TrendDataset(name + " at " + t,
                String.format(Locale.ROOT, "compute to %s %s (FLOP)", t, metric),
                points, new Provenance(List.of(), Map.of("source", "rerun batch", "target", Double.toString(target),
                        "rule", "median over seeds (missed = infinite), 1 July of the recipe year"), "algoeff",
                        Instant.EPOCH));
        LadderTrend trend = LadderTrend.of(measured);
        // Too few recipes for the bootstrap: no interval, rather than the fit's own over recipes-as-points.
        Interval interval = trend.resamples() > 0 ? new Interval(trend.low(), trend.high())
                : new Interval(Double.NaN, Double.NaN);
        return new TargetData(target, ds, why, interval, INTERVAL_METHOD);
    }

    /** The training stop of a rerun that stopped at its target, else null. */
    private static TrainingStop stop(RerunResult r) {
        if (!r.stoppedAtTarget()) {
            return null;
        }
        return TrainingStop.of(EvalCurve.asRun(r.recipe(), r.curve(), r.target()), EvalCurve.targetSeries(r.curve()))
                .orElse(null);
    }
}
