// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's per-application folder for settings and caches: {@code $XDG_CONFIG_HOME/algoeff} (default
 * {@code ~/.config/algoeff}) on Linux, {@code %APPDATA%\algoeff} on Windows, {@code ~/Library/Application
 * Support/algoeff} on macOS. Chosen in code because jpackage launchers do not expand {@code $HOME}.
 */
public final class UserDirs {
    private static final String JAVACPP_CACHE = "org.bytedeco.javacpp.cachedir";

    private UserDirs() {
    }

    public static Path configDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "algoeff");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "algoeff");
        }
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "algoeff") : Path.of(home, ".config", "algoeff");
    }

    /**
     * Before ND4J loads (it loads only when a rerun starts): JavaCPP's ~390 MB native cache goes to the config
     * folder unless the user chose one, and ND4J's start-up INFO lines are silenced (warnings stay) unless a
     * level was set. Setting properties loads nothing, so this is cheap at start-up.
     */
    public static void prepareNativeRuntime() {
        if (System.getProperty(JAVACPP_CACHE) == null) {
            System.setProperty(JAVACPP_CACHE, configDir().resolve("javacpp-cache").toString());
        }
        for (String logger : new String[] {"org.nd4j", "org.deeplearning4j", "org.bytedeco"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
