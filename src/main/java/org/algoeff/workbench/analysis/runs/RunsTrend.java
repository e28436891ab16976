// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.model.TrendDataset;

/**
 * What {@link RunsTrendService} measured: one outcome per run, in input order, and the runs data set made of the
 * dated runs that reached the target (absent when none did).
 *
 * @param question the metric, target, direction and smoothing asked about
 * @param outcomes one per input run
 * @param dataset  "runs: METRIC &gt;= TARGET", or null when no run is a point
 */
public record RunsTrend(MetricTarget question, List<RunOutcome> outcomes, TrendDataset dataset) {
    public RunsTrend {
        Objects.requireNonNull(question, "question");
        outcomes = List.copyOf(outcomes);
    }

    public Optional<TrendDataset> datasetIfAny() {
        return Optional.ofNullable(dataset);
    }
}
