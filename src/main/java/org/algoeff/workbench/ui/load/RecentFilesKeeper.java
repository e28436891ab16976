// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.settings.SettingsKeeper;

/**
 * Keeps the recent-files list across sessions in the user's settings (through {@link SettingsKeeper}, which reads
 * them in the background and saves every change in the background, one save at a time). FX thread only.
 */
public final class RecentFilesKeeper {
    private RecentFilesKeeper() {
    }

    public static void attach(SourcesViewModel sources, SettingsKeeper settings) {
        FxThread.assertFxThread();
        settings.whenLoaded(loaded -> {
            // Checking that the files still exist touches the disk, but only a stat per entry (at most MAX_RECENT).
            List<Path> kept = loaded.recentFiles().stream().map(Path::of).filter(Files::exists).toList();
            // Files opened before the settings arrived stay first.
            kept.stream().filter(p -> !sources.recent().contains(p)).forEach(sources.recent()::add);
            sources.recent().addListener((ListChangeListener<Path>) change -> settings.update(s -> s.withRecentFiles(
                    sources.recent().stream().map(p -> p.toAbsolutePath().toString()).toList())));
        });
    }
}
