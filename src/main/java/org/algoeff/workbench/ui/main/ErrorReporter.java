// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.ui.workspace.DialogService;

/** Default uncaught-exception handler for the window: logs the failure and shows it; the window stays open. */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private ErrorReporter() {
    }

    public static void install(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("uncaught on {}", thread.getName(), error);
            String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            Runnable show = () -> dialogs.showError("Something went wrong (the window stays open)", message);
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }
}
