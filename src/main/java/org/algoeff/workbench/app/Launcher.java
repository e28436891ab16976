// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.algoeff.workbench.cli.AlgoeffCommand;
import org.algoeff.workbench.io.settings.UserDirs;

/**
 * Entry point of {@code algoeff.jar}: no arguments opens the window, anything else runs the CLI.
 *
 * <p>Why this class does not extend {@code Application}: on the class path the JavaFX launcher
 * refuses a main class that extends {@code Application} unless JavaFX is on the module path.
 * Keeping JavaFX out of this class also lets the CLI run on machines without a display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        UserDirs.prepareNativeRuntime();
        if (opensWindow(args)) {
            WorkbenchApp.launchWindow(args);
            return;
        }
        System.exit(AlgoeffCommand.execute(args));
    }

    /**
     * No arguments, or only paths of existing files (a double-clicked workspace, logs given to the app
     * launcher): the window. Anything else, a subcommand or an option, is the command line.
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (AlgoeffCommand.commandLine().getSubcommands().containsKey(args[0])) {
            return false;
        }
        return Arrays.stream(args).allMatch(a -> !a.startsWith("-") && Files.exists(Path.of(a)));
    }
}
