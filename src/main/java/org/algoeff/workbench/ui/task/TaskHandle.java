// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.algoeff.workbench.task.CancellationToken;

/**
 * A running job as the UI sees it: progress 0..1 (negative = unknown), a status message, whether it still runs,
 * and a cancel switch. Properties change on the FX thread only.
 */
public final class TaskHandle {
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final CancellationToken token;
    private final String title;

    TaskHandle(String title, CancellationToken token) {
        this.title = title;
        this.token = token;
        message.set(title);
    }

    /** Asks the job to stop at its next check; its result, if any, is dropped. */
    public void cancel() {
        token.cancel();
    }

    public boolean isCancelRequested() {
        return token.isCancelled();
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the job stopped because it was cancelled. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }
}
