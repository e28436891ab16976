// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared real-world data folder for tests: system property {@code algoeff.shared}, else
 * {@code ../shared} next to the working directory, else {@code /work/shared}. Tests that need it call
 * {@link #require(String)}, which skips (not fails) the test when the data is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or null when none of the candidates exists. */
    public static Path root() {
        String property = System.getProperty("algoeff.shared");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            return Files.isDirectory(p) ? p : null;
        }
        for (Path candidate : new Path[] {Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code root().resolve(relative)}; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(root != null, "shared data folder not found (set -Dalgoeff.shared=...)");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "shared data missing: " + p);
        return p;
    }
}
