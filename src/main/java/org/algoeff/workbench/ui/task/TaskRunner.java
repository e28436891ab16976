// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import java.util.function.Consumer;

import org.algoeff.workbench.task.Job;

/**
 * Starts {@link Job}s for the UI and delivers their outcome on the JavaFX thread. {@link BackgroundRunner} is
 * the real one; {@link SyncRunner} runs jobs on the calling thread for ViewModel tests.
 */
public interface TaskRunner {
    /**
     * @param title     what the status bar says while it runs
     * @param job       the work
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the failure (never for a cancellation)
     */
    <T> TaskHandle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A runner whose jobs run one at a time in submission order (reruns: ND4J trains one network at a time).
     * The default is this runner itself, which is right for runners that already run one job at a time.
     */
    default TaskRunner serial() {
        return this;
    }
}
