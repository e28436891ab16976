// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.FitWarning.Kind;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/** The warnings a fit carries, worded once for the CLI text, the JSON and the window readout alike. */
final class FitWarnings {
    /** Labels named in a caveat warning before "and N more". */
    private static final int LABELS_NAMED = 3;
    /** The column whose differing values mean the points reach different targets. */
    private static final String TARGET_COLUMN = "target";

    private FitWarnings() {
    }

    /**
     * @param data       the rows the fit was given (after filters), for its columns
     * @param used       the points fitted
     * @param candidates the points the frontier was chosen from (equal to {@code used} when not a frontier fit)
     * @param resamples  bootstrap resamples drawn (0 for none)
     */
    static List<FitWarning> of(TrendDataset data, List<TrendPoint> used, int candidates, boolean frontier,
                               int resamples, Interval bootstrap, Interval t) {
        List<FitWarning> warnings = new ArrayList<>();
        if (used.size() < FitWarning.FEW_POINTS_BELOW) {
            warnings.add(new FitWarning(Kind.FEW_POINTS, "only " + used.size() + " points fitted: with fewer than "
                    + FitWarning.FEW_POINTS_BELOW + " the intervals are rough"));
        }
        if (frontier) {
            warnings.add(new FitWarning(Kind.FRONTIER, "frontier fit: record-setting points are chosen for beating "
                    + "earlier ones, so they are not independent; " + (resamples > 0
                    ? "the bootstrap re-selects the frontier from all " + candidates + " points in every resample, "
                    + "the t-interval does not" : "the t-interval treats them as independent")));
        }
        if (Double.isInfinite(bootstrap.high()) || Double.isInfinite(t.high())) {
            warnings.add(new FitWarning(Kind.UNBOUNDED_INTERVAL, "the 95% interval reaches infinity: the data are "
                    + "also consistent with no halving or doubling at all"));
        }
        mixedTargets(data, used).ifPresent(warnings::add);
        warnings.addAll(caveats(used));
        return warnings;
    }

    private static Optional<FitWarning> mixedTargets(TrendDataset data, List<TrendPoint> used) {
        Optional<String> column = data.findColumn(TARGET_COLUMN);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Set<String> targets = new LinkedHashSet<>();
        used.forEach(p -> {
            String v = p.attributes().getOrDefault(column.get(), "").strip();
            if (!v.isEmpty()) {
                targets.add(v);
            }
        });
        if (targets.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new FitWarning(Kind.MIXED_TARGETS, "the points reach " + targets.size()
                + " different targets (" + String.join("; ", targets) + "): group by " + column.get()
                + " to fit like with like"));
    }

    private static List<FitWarning> caveats(List<TrendPoint> used) {
        Map<String, List<String>> labelsByCaveat = new LinkedHashMap<>();
        for (TrendPoint p : used) {
            if (!p.caveat().isEmpty()) {
                labelsByCaveat.computeIfAbsent(p.caveat(), k -> new ArrayList<>()).add(p.label());
            }
        }
        List<FitWarning> out = new ArrayList<>();
        labelsByCaveat.forEach((caveat, labels) -> out.add(new FitWarning(Kind.DATA_CAVEAT,
                named(labels) + ": " + caveat)));
        return out;
    }

    private static String named(List<String> labels) {
        if (labels.size() <= LABELS_NAMED) {
            return String.join(", ", labels);
        }
        return String.join(", ", labels.subList(0, LABELS_NAMED)) + " and " + (labels.size() - LABELS_NAMED)
                + " more";
    }
}
