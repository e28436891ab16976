// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.task;

/** Runs a job on the calling thread: what the CLI and the tests use instead of a background pool. */
public final class DirectRunner {
    private DirectRunner() {
    }

    public static <T> T run(Job<T> job, ProgressSink progress) {
        try {
            return job.run(progress, CancellationToken.NEVER);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailed(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
