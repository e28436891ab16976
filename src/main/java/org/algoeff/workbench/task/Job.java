// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.task;

/**
 * A blocking, cancellable unit of work (parse, fit, count, train). Runs on whatever thread calls it:
 * the CLI's main thread, a test thread, or the UI's background runner.
 */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressSink progress, CancellationToken cancel) throws Exception;
}
