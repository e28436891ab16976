// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.Locale;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected errors (uncaught on any thread) as one dialog: the first opens it, every later one while it is open
 * only counts ("this happened 201 times"; a different error is named as the latest), so an error thrown on every
 * frame cannot stack dialogs and the window stays usable. {@link #report} may be called from any thread; the
 * state lives on the FX thread.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    static final String HEADER = "Something went wrong (the window stays open)";

    /** Shows the one error dialog and updates its text; calls {@code onDismissed} when the user closes it. */
    public interface View {
        void show(String header, String text, Runnable onDismissed);

        void update(String text);
    }

    private final View view;
    private boolean open;
    private int count;
    private String first;
    private String latest;

    public ErrorReporter(View view) {
        this.view = view;
    }

    /** A reporter for every thread's uncaught exceptions (the default handler); returns it. */
    public static ErrorReporter install(View view) {
        ErrorReporter reporter = new ErrorReporter(view);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reporter.report(thread.getName(), error));
        return reporter;
    }

    /** Reports an error from any thread. */
    public void report(String threadName, Throwable error) {
        String message = describe(error);
        if (Platform.isFxApplicationThread()) {
            onFx(threadName, error, message);
        } else {
            Platform.runLater(() -> onFx(threadName, error, message));
        }
    }

    private void onFx(String threadName, Throwable error, String message) {
        if (open) {
            count++;
            latest = message;
            LOG.debug("repeat {} on {}: {}", count, threadName, message);
            view.update(text());
            return;
        }
        LOG.error("uncaught on {}", threadName, error);
        open = true;
        count = 1;
        first = message;
        latest = message;
        try {
            view.show(HEADER, text(), this::dismissed);
        } catch (RuntimeException e) {
            // The dialog itself failed: keep counting quietly rather than report the report.
            LOG.error("could not show the error dialog", e);
        }
    }

    private void dismissed() {
        if (count > 1) {
            LOG.warn("the error dialog counted {} errors; the first: {}", count, first);
        }
        open = false;
        count = 0;
    }

    /** What the dialog says now. */
    String text() {
        if (count <= 1) {
            return first;
        }
        if (first.equals(latest)) {
            return first + String.format(Locale.ROOT, "%n%nThis happened %d times; details are in the log.", count);
        }
        return first + String.format(Locale.ROOT, "%n%n%d errors so far; the latest: %s%nDetails are in the log.",
                count, latest);
    }

    /** How many errors the open dialog stands for (0 when none is open). */
    public int count() {
        return count;
    }

    private static String describe(Throwable error) {
        String name = error.getClass().getSimpleName();
        return error.getMessage() == null ? name : name + ": " + error.getMessage();
    }
}
