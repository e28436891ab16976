// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.algoeff.workbench.analysis.TargetSensitivity.TargetData;
import org.algoeff.workbench.analysis.ctt.TrainingStop;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * A rerun batch at other targets than the one it trained to: each seed's compute-to-target read off its evaluation
 * curve ({@link EvalCurve}), each recipe summarised by the ladder's rules ({@link RerunSummary}: median over seeds,
 * a missed target counts as infinite, 1 July of the recipe year), one ladder data set per target. A seed whose
 * curve ends before a target because training stopped at its own target ({@link TrainingStop}) cannot say what that
 * target costs: its recipe is left out at that target and named, rather than counted as "never reached".
 */
public final class TargetLadder {
    private TargetLadder() {
    }

    /**
     * @param byRecipe the batch: every recipe's seeds, in ladder order
     * @param targets  the target accuracies (0..1)
     * @param name     the ladder's name ("your machine (cpu)")
     */
    public static List<TargetData> of(List<List<RerunResult>> byRecipe, List<Double> targets, String name) {
        List<TargetData> out = new ArrayList<>();
        for (double target : targets) {
            out.add(at(byRecipe, target, name));
        }
        return out;
    }

    private static TargetData at(List<List<RerunResult>> byRecipe, double target, String name) {
        List<TrendPoint> points = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (List<RerunResult> seeds : byRecipe) {
            if (seeds.isEmpty()) {
                continue;
            }
            double[] values = new double[seeds.size()];
            int stopped = 0;
            double stoppedAt = Double.NaN;
            for (int i = 0; i < seeds.size(); i++) {
                RerunResult r = seeds.get(i);
                OptionalDouble ctt = EvalCurve.computeToTarget(r.curve(), target);
                values[i] = ctt.orElse(Double.POSITIVE_INFINITY);
                if (ctt.isEmpty() && stop(r) != null) {
                    stopped++;
                    stoppedAt = r.target();
                }
            }
            String recipe = seeds.get(0).recipe();
            RerunSummary s = RerunSummary.of(recipe, seeds.get(0).year(), values);
            if (stopped > 0) {
                notes.add(String.format(Locale.ROOT, "%s: cannot be measured (%d of %d seeds stopped training at "
                        + "their target %s before reaching %s; rerun with full curves)", recipe, stopped,
                        seeds.size(), RunsTrendService.formatTarget(stoppedAt), RunsTrendService.formatTarget(target)));
            } else if (s.onLadder()) {
                points.add(s.toTrendPoint());
            } else {
                notes.add(String.format(Locale.ROOT, "%s: not reached (%d of %d seeds reached it)", recipe,
                        s.reached(), s.seeds()));
            }
        }
        String why = String.join("; ", notes);
        if (points.isEmpty()) {
            return new TargetData(target, null, why.isEmpty() ? "no recipe" : why);
        }
        TrendDataset ds = new TrendDataset(name + " at " + RunsTrendService.formatTarget(target),
                String.format(Locale.ROOT, "compute to %s test accuracy (FLOP)", RunsTrendService.formatTarget(target)),
                points, new Provenance(List.of(), Map.of("source", "rerun batch", "target", Double.toString(target),
                        "rule", "median over seeds (missed = infinite), 1 July of the recipe year"), "algoeff",
                        Instant.EPOCH));
        return new TargetData(target, ds, why);
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
