// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.util.Optional;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;

/**
 * The date a log records for its run: the reader's own (MLflow start_time, a rerun log's recipe year), else the
 * earliest wall time of any logged point (TensorBoard's first event, W&amp;B's first {@code _timestamp}, a CSV's
 * time column), else none. Scans every point once: call it once per run, off the FX thread.
 */
public final class RunDates {
    private RunDates() {
    }

    public static Optional<RecordedDate> recorded(Run run) {
        if (run.recordedDate() != null) {
            return Optional.of(run.recordedDate());
        }
        double first = Double.POSITIVE_INFINITY;
        for (MetricSeries s : run.series()) {
            for (int i = 0; i < s.size(); i++) {
                double t = s.wallTimeSeconds(i);
                if (t > 0 && t < first) {
                    first = t;
                }
            }
        }
        return Optional.ofNullable(RecordedDate.ofEpochSeconds(first, "first logged wall time (" + run.format() + ")"));
    }
}
