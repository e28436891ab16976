// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import org.algoeff.workbench.io.settings.UserSettings.WindowLayout;
import org.algoeff.workbench.ui.settings.SettingsKeeper;

/**
 * The main window's size and place: a minimum size, a default that fits the screen, the last session's geometry
 * and pane widths restored (kept on screen) and every change remembered. FX thread only.
 *
 * <p>Why the size is set again once the window is shown: JavaFX 21's GTK backend loses the requested size under
 * some window managers (openbox, recent mutter: JDK-8316423, fixed in JavaFX 22), and the window comes up at GTK's
 * default 200x200. Setting it once more after the first frame, with a minimum size hint the window manager
 * honours, gives the window the size asked for.
 */
public final class WindowGeometry {
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 860;
    /** How long after a dialog closed the window is maximized again. */
    private static final Duration DIALOG_CLOSE_DELAY = Duration.millis(250);
    private final Stage stage;
    private final MainView view;
    private Rectangle2D intended;
    private boolean maximized;
    /** False until the size was set again after the first frame: changes before that are not the user's. */
    private boolean settled;
    /** Whether the user wants the window maximized: its state while no dialog was open. */
    private boolean wantMaximized;

    WindowGeometry(Stage stage, MainView view) {
        this.stage = stage;
        this.view = view;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        intended = new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        apply();
        settled = stage.isShowing();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            apply();
            settled = true;
        }));
        keepMaximizedAcrossDialogs();
    }

    /**
     * Under openbox (GTK) an owned modal window, an alert or the column dialog, takes its owner out of maximized,
     * and nothing brings it back. The user's choice is what maximized was while no dialog of ours was open; when the
     * last one closes, that choice is restored. (Native file choosers are not JavaFX windows: FxDialogService puts
     * the window back around them.)
     */
    private void keepMaximizedAcrossDialogs() {
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (!dialogOpen()) {
                wantMaximized = now;
            }
        });
        // Not at once: GTK ignores the request while the closing dialog still holds the window.
        PauseTransition restore = new PauseTransition(DIALOG_CLOSE_DELAY);
        restore.setOnFinished(e -> {
            if (wantMaximized && !stage.isMaximized() && !dialogOpen()) {
                stage.setMaximized(true);
            }
        });
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (wantMaximized && !stage.isMaximized() && !dialogOpen()) {
                restore.playFromStart();
            }
        });
    }

    private boolean dialogOpen() {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing() && w instanceof Stage s
                && s.getOwner() == stage);
    }

    /** The scene's starting size (the stage adds its decorations around it). */
    double sceneWidth() {
        return intended.getWidth();
    }

    double sceneHeight() {
        return intended.getHeight();
    }

    private void apply() {
        stage.setX(intended.getMinX());
        stage.setY(intended.getMinY());
        stage.setWidth(intended.getWidth());
        stage.setHeight(intended.getHeight());
        if (maximized) {
            stage.setMaximized(true);
        }
    }

    /** Restores the last session's layout from {@code settings} once read, and remembers every later change there. */
    public void remember(SettingsKeeper settings) {
        settings.whenLoaded(loaded -> {
            if (loaded.window() != null) {
                restore(loaded.window());
            }
            ChangeListener<Object> changed = (o, was, now) -> {
                if (!settled) {
                    return;
                }
                if (stage.isShowing() && !stage.isIconified() && !stage.isMaximized()) {
                    intended = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                }
                settings.update(s -> s.withWindow(layout()));
            };
            List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                    stage.maximizedProperty()).forEach(p -> p.addListener(changed));
            view.sideWidthsChanged(() -> changed.changed(null, null, null));
        });
    }

    private WindowLayout layout() {
        double[] sides = view.sideWidths();
        return new WindowLayout(intended.getMinX(), intended.getMinY(), intended.getWidth(), intended.getHeight(),
                stage.isMaximized(), sides[0], sides[1]);
    }

    private void restore(WindowLayout saved) {
        double w = Math.max(stage.getMinWidth(), saved.width());
        double h = Math.max(stage.getMinHeight(), saved.height());
        Rectangle2D bounds = new Rectangle2D(saved.x(), saved.y(), w, h);
        // A screen that is gone (a laptop off its monitor): back to the default place, keeping the size if it fits.
        List<Screen> on = Screen.getScreensForRectangle(saved.x() + 40, saved.y() + 10, 80, 20);
        if (on.isEmpty()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            w = Math.min(w, screen.getWidth());
            h = Math.min(h, screen.getHeight());
            bounds = new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        }
        intended = bounds;
        maximized = saved.maximized();
        apply();
        view.setSideWidths(saved.sourcesWidth(), saved.settingsWidth());
    }
}
