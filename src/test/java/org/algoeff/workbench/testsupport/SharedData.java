// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Finds the workplace's shared data folder (real logs, MNIST): system property {@code algoeff.shared},
 * else {@code ../shared} beside the checkout, else {@code /work/shared}. Tests that need it call
 * {@link #require(String)}, which skips (never fails) the test when the folder is absent, as on a
 * contributor's machine without it.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String property = System.getProperty("algoeff.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path sibling = Path.of("..", "shared");
        return Files.isDirectory(sibling) ? sibling : Path.of("/work/shared");
    }

    /** The file or folder under the shared root; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), () -> "shared data not present, skipping: " + path);
        return path;
    }
}
