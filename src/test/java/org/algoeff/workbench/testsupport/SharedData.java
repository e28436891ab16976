// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder (real logs, data sets): system property {@code algoeff.shared}, else
 * {@code ../shared} from the working directory, else {@code /work/shared}. Tests skip when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, or null when none of the candidates exists. */
    public static Path folderOrNull() {
        String prop = System.getProperty("algoeff.shared");
        for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("..", "shared"), Path.of("/work/shared")}) {
            if (p != null && Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** A path under the shared folder; skips the calling test when the folder or the path is missing. */
    public static Path require(String relative) {
        Path root = folderOrNull();
        assumeTrue(root != null, "shared data folder not found (set -Dalgoeff.shared=...)");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "shared data missing: " + p);
        return p;
    }
}
