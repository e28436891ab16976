// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.text.FlatYaml;
import org.algoeff.workbench.model.RecordedDate;

/**
 * Recognises the folders of an MLflow file store by their {@code meta.yaml}: a run's has {@code run_id} or
 * {@code run_uuid}, an experiment's has {@code artifact_location} and no run id; a root ({@code mlruns},
 * whatever its name) holds experiments.
 */
public final class MlflowLayout {
    /** What a folder is in an MLflow file store. */
    public enum Kind { ROOT, EXPERIMENT, RUN, NONE }

    /** Folders MLflow keeps beside experiments that are not experiments. */
    static final List<String> NOT_EXPERIMENTS = List.of(".trash", "models", ".mlflow");
    /** Most child folders looked at when classifying a folder (keeps detection cheap on huge trees). */
    static final int MAX_CHILDREN_PROBED = 10_000;

    private MlflowLayout() {
    }

    public static Kind kind(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Kind.NONE;
        }
        Kind own = ownKind(dir);
        if (own != Kind.NONE) {
            return own;
        }
        for (Path child : childDirs(dir)) {
            if (!NOT_EXPERIMENTS.contains(child.getFileName().toString()) && ownKind(child) == Kind.EXPERIMENT) {
                return Kind.ROOT;
            }
        }
        return Kind.NONE;
    }

    static Kind ownKind(Path dir) throws IOException {
        Path meta = dir.resolve("meta.yaml");
        if (!Files.isRegularFile(meta)) {
            return Kind.NONE;
        }
        Map<String, String> m = FlatYaml.read(meta);
        if (m.containsKey("run_id") || m.containsKey("run_uuid")) {
            return Kind.RUN;
        }
        if (m.containsKey("experiment_id") && (m.containsKey("artifact_location") || m.containsKey("name"))) {
            return Kind.EXPERIMENT;
        }
        return Kind.NONE;
    }

    /**
     * The day a run started from MLflow's {@code start_time} (milliseconds since the Unix epoch, in both the file
     * store's meta.yaml and the SQLite runs table), or null when it is absent or not a number.
     */
    static RecordedDate startDate(String startTimeMillis) {
        if (startTimeMillis == null || startTimeMillis.isBlank()) {
            return null;
        }
        try {
            return RecordedDate.ofEpochSeconds(Double.parseDouble(startTimeMillis.strip()) / 1000.0,
                    "MLflow start_time");
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Child folders in name order. */
    static List<Path> childDirs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : ds) {
                if (out.size() >= MAX_CHILDREN_PROBED) {
                    break;
                }
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }
}
