// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    /** Regression: two saves at once failed with FileAlreadyExistsException: settings.json.bak. */
    @Test
    void concurrentSavesOfOneFileAllSucceedAndLeaveValidSettings() throws Exception {
        UserSettingsStore store = new UserSettingsStore(dir.resolve("settings.json"));
        store.save(new UserSettings(1, List.of("/first")));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> saves = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            saves.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 40; i++) {
                    store.save(new UserSettings(1, List.of("/thread" + id + "/save" + i)));
                }
                return null;
            }));
        }
        go.countDown();
        try {
            for (Future<?> f : saves) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ParseResult<UserSettings> last = store.load();
        assertEquals(List.of(), last.problems());
        assertTrue(last.value().recentFiles().get(0).endsWith("/save39"), last.value().toString());
        assertTrue(new UserSettingsStore(AtomicFiles.backupOf(store.file())).load().problems().isEmpty(),
                "the .bak is a whole settings file too");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("settings.json", "settings.json.bak"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temp files left behind");
        }
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
