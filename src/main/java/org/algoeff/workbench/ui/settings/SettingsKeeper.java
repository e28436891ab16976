// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.io.settings.UserSettings;
import org.algoeff.workbench.io.settings.UserSettingsStore;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.TaskRunner;

/**
 * The one owner of {@code settings.json} in the window: reads it once in the background and hands it to whoever
 * asks, applies every change (recent files, window layout) to one current value, and saves in the background one
 * save at a time, the newest value last, so overlapping changes never race or undo each other. FX thread only,
 * except that the file writes run on the runner's threads.
 */
public final class SettingsKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsKeeper.class);
    private final UserSettingsStore store;
    private final TaskRunner runner;
    /** Serialises writes of the background saves and {@link #flush()}. */
    private final Object writeLock = new Object();
    private final List<Consumer<UserSettings>> waiting = new ArrayList<>();
    private final List<UnaryOperator<UserSettings>> early = new ArrayList<>();
    private UserSettings current = UserSettings.EMPTY;
    private UserSettings saved = UserSettings.EMPTY;
    private boolean started;
    private boolean loaded;
    private boolean saving;
    private boolean again;
    private final PauseTransition quiet;

    /** Saves right after each change (tests). */
    public SettingsKeeper(UserSettingsStore store, TaskRunner runner) {
        this(store, runner, 0);
    }

    /**
     * @param quietMillis how long changes must stop before a save starts (window moves and resizes come in
     *                    bursts); 0 saves after each change
     */
    public SettingsKeeper(UserSettingsStore store, TaskRunner runner, double quietMillis) {
        this.store = store;
        this.runner = runner;
        this.quiet = quietMillis > 0 ? new PauseTransition(Duration.millis(quietMillis)) : null;
        if (quiet != null) {
            quiet.setOnFinished(e -> save());
        }
    }

    /** Calls {@code then} with the settings once they are read (at once if they are); the first call reads them. */
    public void whenLoaded(Consumer<UserSettings> then) {
        FxThread.assertFxThread();
        if (loaded) {
            then.accept(current);
            return;
        }
        waiting.add(then);
        if (!started) {
            started = true;
            runner.run("Reading settings", (progress, cancel) -> store.load(), read -> {
                read.problems().forEach(p -> LOG.warn(p.describe()));
                arrived(read.value());
            }, failure -> {
                LOG.warn("could not read settings from {}: {}", store.file(), failure.toString());
                arrived(UserSettings.EMPTY);
            });
        }
    }

    private void arrived(UserSettings read) {
        current = read;
        saved = read;
        loaded = true;
        early.forEach(this::update);
        early.clear();
        List<Consumer<UserSettings>> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(c -> c.accept(current));
    }

    /** Applies a change to the settings and saves them in the background (changes before loading wait for it). */
    public void update(UnaryOperator<UserSettings> change) {
        FxThread.assertFxThread();
        if (!loaded) {
            early.add(change);
            return;
        }
        current = change.apply(current);
        if (quiet == null) {
            save();
        } else {
            quiet.playFromStart();
        }
    }

    private void save() {
        if (saving) {
            again = true;
            return;
        }
        if (current.equals(saved)) {
            return;
        }
        UserSettings snapshot = current;
        saving = true;
        runner.run("Saving settings", (progress, cancel) -> {
            write(snapshot);
            return snapshot;
        }, done -> finished(snapshot), failure -> {
            LOG.warn("could not save settings to {}: {}", store.file(), failure.toString());
            finished(saved);
        });
    }

    private void finished(UserSettings written) {
        saved = written;
        saving = false;
        if (again) {
            again = false;
            save();
        }
    }

    /**
     * Writes unsaved changes now, on the calling thread: for the window's last moments, when the background
     * threads are about to stop (a write they would be interrupted in leaves the old file, never half a file).
     */
    public void flush() {
        FxThread.assertFxThread();
        if (quiet != null) {
            quiet.stop();
        }
        if (!loaded || current.equals(saved)) {
            return;
        }
        try {
            write(current);
            saved = current;
        } catch (IOException e) {
            LOG.warn("could not save settings to {}: {}", store.file(), e.toString());
        }
    }

    private void write(UserSettings settings) throws IOException {
        synchronized (writeLock) {
            store.save(settings);
        }
    }

    /** The settings as they are now (empty until loaded). */
    public UserSettings current() {
        return current;
    }
}
