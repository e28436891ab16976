// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;

import org.algoeff.workbench.task.ProgressSink;

/** Progress on stderr: at most one line every two seconds, so logs of CI runs stay short. */
final class TerminalProgress implements ProgressSink {
    private static final long INTERVAL_NANOS = 2_000_000_000L;
    private final PrintWriter err;
    private long last = System.nanoTime();

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            err.println("  " + message);
            err.flush();
        }
    }
}
