// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.io.settings.UserSettings;
import org.algoeff.workbench.io.settings.UserSettingsStore;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.TaskRunner;

/**
 * Keeps the recent-files list across sessions in the user's settings file: read in the background at start,
 * written in the background (atomically) whenever the list changes. FX thread only.
 */
public final class RecentFilesKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(RecentFilesKeeper.class);

    private RecentFilesKeeper() {
    }

    public static void attach(SourcesViewModel sources, UserSettingsStore store, TaskRunner runner) {
        FxThread.assertFxThread();
        runner.run("Reading settings", (progress, cancel) -> store.load(), loaded -> {
            loaded.problems().forEach(p -> LOG.warn(p.describe()));
            List<Path> kept = loaded.value().recentFiles().stream().map(Path::of).filter(Files::exists).toList();
            // Files opened before the settings arrived stay first.
            kept.stream().filter(p -> !sources.recent().contains(p)).forEach(sources.recent()::add);
            sources.recent().addListener((ListChangeListener<Path>) change -> save(sources, store, runner));
        }, failure -> LOG.warn("could not read settings from {}: {}", store.file(), failure.toString()));
    }

    private static void save(SourcesViewModel sources, UserSettingsStore store, TaskRunner runner) {
        UserSettings settings = new UserSettings(UserSettings.SCHEMA_VERSION,
                sources.recent().stream().map(p -> p.toAbsolutePath().toString()).toList());
        runner.run("Saving settings", (progress, cancel) -> {
            store.save(settings);
            return settings;
        }, saved -> { }, failure -> LOG.warn("could not save settings to {}: {}", store.file(), failure.toString()));
    }
}
