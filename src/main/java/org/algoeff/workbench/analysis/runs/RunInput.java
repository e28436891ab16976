// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.time.LocalDate;
import java.util.Objects;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.model.Run;

/**
 * A loaded run and what the user set for it.
 *
 * @param run          the run as read
 * @param displayName  the name to show and to label its trend point with (the run's own name unless renamed)
 * @param dateOverride the date the user gave, or null to take the one its log records
 * @param compute      how to count its compute, or null for the log's own FLOPs ("auto")
 */
public record RunInput(Run run, String displayName, LocalDate dateOverride, ComputeSource compute) {
    public RunInput {
        Objects.requireNonNull(run, "run");
        displayName = displayName == null || displayName.isBlank() ? run.name() : displayName;
    }

    /** The run as read, nothing set. */
    public static RunInput of(Run run) {
        return new RunInput(run, run.name(), null, null);
    }
}
