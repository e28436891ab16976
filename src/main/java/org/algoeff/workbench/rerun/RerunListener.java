// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/**
 * Receives the live test-accuracy curve of a rerun, one point per evaluation, on the training thread.
 * A window adapts it to its chart (hand the point to the FX thread); implementations must return quickly.
 */
public interface RerunListener {
    /** Discards everything. */
    RerunListener NONE = new RerunListener() {
        @Override
        public void evaluated(Recipe recipe, long seed, EvalPoint point) {
        }
    };

    /** A rerun started on {@code backend}; called once per seed before any evaluation. */
    default void started(Recipe recipe, long seed, BackendInfo backend) {
    }

    /** A new point of the accuracy curve. */
    void evaluated(Recipe recipe, long seed, EvalPoint point);
}
