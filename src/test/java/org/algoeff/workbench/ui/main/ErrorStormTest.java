// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression: an error thrown on every frame opened a dialog per frame (about 100 in seconds) and froze the UI. */
@ExtendWith(ApplicationExtension.class)
class ErrorStormTest {
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    private Stage stage;
    private ErrorReporter reporter;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new Label("main window"), 400, 300));
        s.show();
        reporter = ErrorReporter.install(new FxErrorDialog(s));
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        onFx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private List<Window> otherWindows() throws Exception {
        return onFx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList());
    }

    @Test
    void anExceptionStormShowsOneDialogThatCountsTheRepeats() throws Exception {
        for (int i = 0; i < 200; i++) {
            Platform.runLater(() -> {
                throw new IllegalStateException("Index -1 out of bounds for length 3000");
            });
        }
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("Index -1 out of bounds for length 3000");
        });
        worker.start();
        worker.join();
        for (int i = 0; i < 20; i++) {
            onFx(() -> { });
        }
        List<Window> dialogs = otherWindows();
        assertEquals(1, dialogs.size(), "one dialog for the whole storm");
        String text = onFx(() -> dialogs.get(0).getScene().getRoot().lookupAll(".content").stream()
                .map(n -> ((Label) n).getText()).findFirst().orElse(""));
        assertTrue(text.contains("This happened 201 times"), text);
        assertEquals(201, onFx(reporter::count));
        assertTrue(onFx(stage::isShowing), "the window stays open");
        onFx(() -> ((javafx.scene.control.Button) dialogs.get(0).getScene().getRoot().lookup(".button")).fire());
        assertEquals(0, onFx(reporter::count), "closing the dialog starts a new count");
        Platform.runLater(() -> {
            throw new IllegalArgumentException("another");
        });
        onFx(() -> { });
        assertEquals(1, otherWindows().size(), "the next error opens a dialog again");
    }
}
