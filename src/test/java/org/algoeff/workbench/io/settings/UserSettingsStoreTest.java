// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.workspace.AtomicFiles;
import org.algoeff.workbench.model.ParseResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileIsEmptySettingsAndASaveReadsBack() throws IOException {
        UserSettingsStore store = new UserSettingsStore(dir.resolve("config/algoeff/settings.json"));
        assertEquals(UserSettings.EMPTY, store.load().value());
        UserSettings settings = new UserSettings(1, List.of("/data/run1", "/data/hb20.csv"));
        store.save(settings);
        store.save(new UserSettings(1, List.of("/data/run2")));
        assertEquals(List.of("/data/run2"), store.load().value().recentFiles());
        assertTrue(Files.exists(AtomicFiles.backupOf(store.file())), "previous settings kept as .bak");
    }

    @Test
    void damagedFileIsAWarningNotAnException() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"recentFiles\": [1, ");
        ParseResult<UserSettings> loaded = new UserSettingsStore(file).load();
        assertEquals(UserSettings.EMPTY, loaded.value());
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).message().contains("not valid settings JSON"), loaded.problems().toString());
    }

    @Test
    void configDirFollowsXdgOrHome() {
        Path dirPath = UserDirs.configDir();
        assertEquals("algoeff", dirPath.getFileName().toString());
        assertTrue(dirPath.isAbsolute());
    }
}
