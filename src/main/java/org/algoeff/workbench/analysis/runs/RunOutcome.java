// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the runs table: a run's date and compute-to-target, or why it has none. Every loaded run gets one;
 * none is dropped silently.
 *
 * @param key             the run's identity ({@code Run.key()}: source + id), stable across renames
 * @param name            the name shown (the user's, if renamed)
 * @param runId           the format's own run id, "" when it has none
 * @param source          the file or folder it was read from
 * @param date            the run's date, or null when neither its log nor the user gives one
 * @param dateOrigin      where the date came from ("set by you", "MLflow start_time", ...), "" when there is none
 * @param computeMethod   the compute source's method id ({@code ComputeSource.method()})
 * @param computeSet      whether the user set the compute source (false: the log's own, "auto")
 * @param status          whether the target was reached, not reached, or could not be measured
 * @param trainingFlops   compute-to-target in FLOP when reached, else NaN
 * @param stepAtTarget    interpolated step of the crossing when reached, else NaN
 * @param bestValue       best value seen up to the crossing (the whole run when not reached), NaN when unmeasured
 * @param reason          why there is no trend point ("" when there is one): not reached, no compute, no date...
 */
public record RunOutcome(String key, String name, String runId, String source, LocalDate date, String dateOrigin,
        String computeMethod, boolean computeSet, Status status, double trainingFlops, double stepAtTarget,
        double bestValue, String reason) {
    /** How the measurement went. */
    public enum Status {
        REACHED, NOT_REACHED, NOT_MEASURED
    }

    public RunOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        runId = runId == null ? "" : runId;
        dateOrigin = dateOrigin == null ? "" : dateOrigin;
        reason = reason == null ? "" : reason;
    }

    /** Whether this run is a point of the runs data set: reached with some compute, and dated. */
    public boolean isTrendPoint() {
        return status == Status.REACHED && date != null && trainingFlops > 0 && Double.isFinite(trainingFlops);
    }
}
