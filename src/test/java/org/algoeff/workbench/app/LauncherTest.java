// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOrExistingFilesOpenTheWindow() throws IOException {
        Path workspace = Files.writeString(dir.resolve("study.algoeff"), "{}");
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {workspace.toString()}));
        assertTrue(Launcher.opensWindow(new String[] {workspace.toString(), dir.toString()}));
    }

    @Test
    void subcommandsOptionsAndMissingPathsGoToTheCommandLine() throws IOException {
        Path fit = Files.createDirectory(dir.resolve("fit"));
        assertFalse(Launcher.opensWindow(new String[] {"fit", "data.csv"}));
        assertFalse(Launcher.opensWindow(new String[] {"--version"}));
        assertFalse(Launcher.opensWindow(new String[] {dir.resolve("missing.algoeff").toString()}));
        assertTrue(Launcher.opensWindow(new String[] {fit.toString()}), "a folder path is not the fit command");
    }
}
