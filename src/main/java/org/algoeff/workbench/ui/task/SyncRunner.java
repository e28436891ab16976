// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.Job;

/** Runs each job to the end on the calling thread (the FX thread in tests): the UI's DirectRunner. */
public final class SyncRunner implements TaskRunner {
    @Override
    public <T> TaskHandle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        TaskHandle handle = new TaskHandle(title, token);
        try {
            T result = job.run((fraction, message) -> {
                handle.progress.set(fraction);
                handle.message.set(message);
            }, token);
            handle.running.set(false);
            onSuccess.accept(result);
        } catch (CancellationException e) {
            handle.cancelled.set(true);
            handle.running.set(false);
        } catch (Exception e) {
            handle.running.set(false);
            onFailure.accept(e);
        }
        return handle;
    }
}
