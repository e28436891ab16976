// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.task;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation: the UI (or a test) calls {@link #cancel()}, the job checks
 * {@link #throwIfCancelled()} inside every loop over records, files, resamples and minibatches.
 * Thread-safe.
 */
public class CancellationToken {
    /** A token nobody can cancel, for the CLI and tests that run a job to the end. */
    public static final CancellationToken NEVER = new CancellationToken() {
        @Override
        public void cancel() {
            throw new UnsupportedOperationException("CancellationToken.NEVER cannot be cancelled");
        }
    };

    private volatile boolean cancelled;

    /** Marks the token cancelled; jobs stop at their next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws CancellationException when cancelled; runners treat it as "cancelled", never as an error */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
