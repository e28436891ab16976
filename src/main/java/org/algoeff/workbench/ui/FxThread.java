// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui;

import javafx.application.Platform;

/** Guards for code that must run on the JavaFX thread: ViewModel mutators and chart adapters call it first. */
public final class FxThread {
    private FxThread() {
    }

    /** @throws IllegalStateException when called from any other thread (so a wrong thread fails in tests) */
    public static void assertFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("not on the JavaFX thread: " + Thread.currentThread().getName());
        }
    }
}
