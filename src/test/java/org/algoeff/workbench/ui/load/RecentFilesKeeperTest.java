// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.settings.UserSettings;
import org.algoeff.workbench.io.settings.UserSettingsStore;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.settings.SettingsKeeper;
import org.algoeff.workbench.ui.task.SyncRunner;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentFilesKeeperTest {
    @TempDir
    Path dir;

    @Test
    void recentFilesSurviveARestartAndVanishedFilesAreDropped() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.steps.csv"), "1,2\n");
        UserSettingsStore store = new UserSettingsStore(dir.resolve("settings.json"));
        store.save(new UserSettings(1, List.of(kept.toString(), dir.resolve("gone.csv").toString())));

        SourcesViewModel first = onFx(() -> newSources());
        onFx(() -> {
            RecentFilesKeeper.attach(first, new SettingsKeeper(store, new SyncRunner()));
            return null;
        });
        assertEquals(List.of(kept), onFx(() -> List.copyOf(first.recent())));

        onFx(() -> {
            first.onFilesDropped(List.of(SampleDataFiles.HB20_ALEXNET.toFile()));
            return null;
        });
        SourcesViewModel restarted = onFx(() -> newSources());
        onFx(() -> {
            RecentFilesKeeper.attach(restarted, new SettingsKeeper(store, new SyncRunner()));
            return null;
        });
        List<Path> recent = onFx(() -> List.copyOf(restarted.recent()));
        assertEquals(2, recent.size());
        assertEquals(SampleDataFiles.HB20_ALEXNET.toAbsolutePath(), recent.get(0).toAbsolutePath());
        assertEquals(kept, recent.get(1));
    }

    private static SourcesViewModel newSources() {
        return new SourcesViewModel(new SyncRunner(),
                new LazyPathLoader(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty())),
                new TrendCsvReader("test"));
    }
}
