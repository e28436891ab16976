// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.nio.file.Path;
import java.util.Locale;

/** Derives a run's display name from where its log lies, the same way for every text format. */
public final class RunNames {
    private RunNames() {
    }

    /** File name without ".gz" and the last extension: "metrics.csv.gz" -> "metrics". */
    public static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Name for a log whose file name is generic ("metrics.csv", "trainer_state.json", "wandb-summary.json"):
     * the folder that identifies the run (e.g. "my-model/version_1", "run-20230707_104103-ymr3ch8s");
     * otherwise the file's base name.
     */
    public static String forFile(Path file, String genericBaseName) {
        String base = baseName(file);
        if (!base.equals(genericBaseName)) {
            return base;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || dir.getFileName() == null) {
            return base;
        }
        String dirName = dir.getFileName().toString();
        if (dirName.equals("files") && dir.getParent() != null && dir.getParent().getFileName() != null) {
            return dir.getParent().getFileName().toString(); // wandb/run-*/files/wandb-summary.json
        }
        if ((dirName.matches("version_.+") || dirName.startsWith("checkpoint-")) && dir.getParent() != null && dir.getParent().getFileName() != null) {
            return dir.getParent().getFileName() + "/" + dirName; // lightning_logs/version_3, output/checkpoint-500
        }
        return dirName;
    }
}
