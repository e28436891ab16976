// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.model.TrendDataset;

/**
 * The runs measured at several targets: one {@link RunsTrend} per target (in the order asked), and every target's
 * points in one data set with a {@code target} column.
 *
 * @param question  the metric, direction, smoothing and compute source (its target is not used)
 * @param perTarget one per target
 * @param dataset   all points, or null when no run reached any target
 */
public record TargetSweep(MetricTarget question, List<RunsTrend> perTarget, TrendDataset dataset) {
    public TargetSweep {
        Objects.requireNonNull(question, "question");
        perTarget = List.copyOf(perTarget);
    }

    public Optional<TrendDataset> datasetIfAny() {
        return Optional.ofNullable(dataset);
    }

    /** The target values, in order. */
    public List<Double> targets() {
        return perTarget.stream().map(t -> t.question().target()).toList();
    }
}
