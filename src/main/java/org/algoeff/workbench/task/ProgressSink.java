// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.task;

/**
 * Where a long-running job reports how far it is. Called from the worker thread; implementations
 * must be thread-safe and cheap (jobs may call it per record, so throttle on the receiving side).
 */
@FunctionalInterface
public interface ProgressSink {
    /** Discards all progress. */
    ProgressSink NONE = (fraction, message) -> { };

    /**
     * @param fraction 0..1, or a negative number when the total is unknown
     * @param message  short text for a status bar, e.g. "reading run-3/events.out.tfevents (41 MB)"
     */
    void progress(double fraction, String message);
}
