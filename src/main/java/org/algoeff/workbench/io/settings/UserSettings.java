// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.util.List;

/**
 * What the window remembers between sessions (not part of any workspace).
 *
 * @param schemaVersion version of this file's layout
 * @param recentFiles   most recent first, absolute paths
 */
public record UserSettings(int schemaVersion, List<String> recentFiles) {
    public static final int SCHEMA_VERSION = 1;
    public static final UserSettings EMPTY = new UserSettings(SCHEMA_VERSION, List.of());

    public UserSettings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }
}
