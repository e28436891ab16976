// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

import org.algoeff.workbench.task.Job;
import org.algoeff.workbench.ui.FxThread;

/**
 * Debounced "latest request wins" scheduling for recomputations driven by settings (refit on a slider move):
 * each submit cancels the previous job, waits {@code debounce} for more changes, runs, and applies the result only
 * if no newer request came in meanwhile. FX thread only.
 */
public final class LatestWins {
    private final TaskRunner runner;
    private final Duration debounce;
    private final PauseTransition pause;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long generation;
    private TaskHandle current;

    /** @param debounceMillis quiet time before a request starts; 0 starts at once (tests) */
    public LatestWins(TaskRunner runner, double debounceMillis) {
        this.runner = runner;
        this.debounce = Duration.millis(debounceMillis);
        this.pause = new PauseTransition(debounce);
    }

    public <T> void submit(String title, Job<T> job, Consumer<T> apply, Consumer<Throwable> onFailure) {
        FxThread.assertFxThread();
        long mine = ++generation;
        if (current != null) {
            current.cancel();
        }
        busy.set(true);
        Runnable start = () -> current = runner.run(title, job, result -> {
            if (mine == generation) {
                busy.set(false);
                apply.accept(result);
            }
        }, failure -> {
            if (mine == generation) {
                busy.set(false);
                onFailure.accept(failure);
            }
        });
        pause.stop();
        if (debounce.toMillis() <= 0) {
            start.run();
        } else {
            pause.setOnFinished(e -> start.run());
            pause.playFromStart();
        }
    }

    /**
     * Another scheduler on the same runner with the same debounce, for a second recomputation that must not cancel
     * this one's (a panel beside the table that this one updates).
     */
    public LatestWins sibling() {
        return new LatestWins(runner, debounce.toMillis());
    }

    /** True from a submit until the latest request's result (or failure) is applied. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
