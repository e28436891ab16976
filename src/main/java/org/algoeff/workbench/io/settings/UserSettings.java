// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.util.List;

/**
 * What the window remembers between sessions (not part of any workspace).
 *
 * @param schemaVersion version of this file's layout
 * @param recentFiles   most recent first, absolute paths
 * @param window        the main window's last size, place and pane widths; null until the window was first closed
 *                      or moved (files written before it existed read as null)
 */
public record UserSettings(int schemaVersion, List<String> recentFiles, WindowLayout window) {
    public static final int SCHEMA_VERSION = 1;
    public static final UserSettings EMPTY = new UserSettings(SCHEMA_VERSION, List.of(), null);

    public UserSettings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public UserSettings(int schemaVersion, List<String> recentFiles) {
        this(schemaVersion, recentFiles, null);
    }

    public UserSettings withRecentFiles(List<String> files) {
        return new UserSettings(SCHEMA_VERSION, files, window);
    }

    public UserSettings withWindow(WindowLayout layout) {
        return new UserSettings(SCHEMA_VERSION, recentFiles, layout);
    }

    /**
     * The main window's geometry in screen pixels (the un-maximized bounds) and the widths of its side panes.
     *
     * @param maximized      whether it was maximized (then x, y, width, height are where it returns to)
     * @param sourcesWidth   width of the sources pane on the left, pixels
     * @param settingsWidth  width of the fit settings pane on the right, pixels
     */
    public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                               double sourcesWidth, double settingsWidth) {
    }
}
