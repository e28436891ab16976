// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.util.Objects;

import org.algoeff.workbench.model.Provenance;

/**
 * Training compute at which a run's metric first reached a target, linearly interpolated between the two logged
 * points around the crossing.
 *
 * @param run            the run's name
 * @param runId          the format's own run id, "" when it has none
 * @param request        what was asked
 * @param reached        whether the (smoothed) metric ever met the target
 * @param stepAtTarget   interpolated optimiser step of the crossing (NaN if not reached)
 * @param trainingFlops  training compute at the crossing in FLOP (NaN if not reached)
 * @param flopsPerStep   average FLOP per step implied by the compute source over the run (NaN for a FLOPs tag)
 * @param bestValue      best (smoothed) value seen, in the request's direction
 * @param bestStep       step of that best value
 * @param provenance     source file with SHA-256, parameters, tool version, time
 */
public record ComputeToTarget(String run, String runId, MetricTarget request, boolean reached, double stepAtTarget,
        double trainingFlops, double flopsPerStep, double bestValue, long bestStep, Provenance provenance) {
    public ComputeToTarget {
        Objects.requireNonNull(run, "run");
        runId = runId == null ? "" : runId;
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(provenance, "provenance");
    }
}
