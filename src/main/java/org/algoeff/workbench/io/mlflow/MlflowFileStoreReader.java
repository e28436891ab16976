// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.mlflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.FlatYaml;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads an MLflow file store ({@code mlruns/<experiment>/<run>/metrics/<key>}) given its root, one experiment
 * folder or one run folder: one run per run folder, one series per metric file ('/' in keys = sub-folders),
 * params and tags as metadata, the name from {@code tags/mlflow.runName} or {@code meta.yaml}. Thread-safe.
 */
public final class MlflowFileStoreReader implements LogReader {
    /** Format id of the MLflow file store. */
    public static final String FORMAT_ID = "mlflow";
    /** Largest param or tag file read (MLflow caps values at 8000 characters in its SQL store). */
    static final long MAX_VALUE_FILE_BYTES = 64 << 10;

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        try {
            return MlflowLayout.kind(file) != MlflowLayout.Kind.NONE;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ParseResult<List<Run>> read(Path path, ProgressSink progress, CancellationToken cancel) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        switch (MlflowLayout.kind(path)) {
            case ROOT -> {
                for (Path exp : MlflowLayout.childDirs(path)) {
                    if (!MlflowLayout.NOT_EXPERIMENTS.contains(exp.getFileName().toString())
                            && MlflowLayout.ownKind(exp) == MlflowLayout.Kind.EXPERIMENT) {
                        experiment(exp, runs, problems, progress, cancel);
                    }
                }
            }
            case EXPERIMENT -> experiment(path, runs, problems, progress, cancel);
            case RUN -> runs.add(run(path, experimentName(path.getParent()), problems, cancel));
            default -> problems.add(Problem.error(path.toString(), "", "not an MLflow file store folder "
                    + "(no meta.yaml of an experiment or run)"));
        }
        return new ParseResult<>(runs, problems);
    }

    private void experiment(Path dir, List<Run> runs, List<Problem> problems, ProgressSink progress,
            CancellationToken cancel) throws IOException {
        String experiment = experimentName(dir);
        for (Path runDir : MlflowLayout.childDirs(dir)) {
            cancel.throwIfCancelled();
            if (MlflowLayout.ownKind(runDir) == MlflowLayout.Kind.RUN) {
                progress.progress(-1, "reading MLflow run " + runDir.getFileName());
                runs.add(run(runDir, experiment, problems, cancel));
            }
        }
    }

    private static String experimentName(Path dir) throws IOException {
        return dir == null ? "" : FlatYaml.read(dir.resolve("meta.yaml")).getOrDefault("name", "");
    }

    private Run run(Path dir, String experiment, List<Problem> problems, CancellationToken cancel)
            throws IOException {
        Map<String, String> meta = FlatYaml.read(dir.resolve("meta.yaml"));
        Map<String, String> tags = values(dir.resolve("tags"));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("mlflow.run_id", meta.getOrDefault("run_id", meta.getOrDefault("run_uuid", "")));
        metadata.put("mlflow.experiment", experiment);
        metadata.put("mlflow.experiment_id", meta.getOrDefault("experiment_id", ""));
        for (String key : List.of("status", "start_time", "end_time", "lifecycle_stage", "user_id")) {
            if (meta.containsKey(key)) {
                metadata.put("mlflow." + key, meta.get(key));
            }
        }
        values(dir.resolve("params")).forEach((k, v) -> metadata.put("param." + k, v));
        tags.forEach((k, v) -> metadata.put("tag." + k, v));
        String name = tags.getOrDefault("mlflow.runName", meta.getOrDefault("run_name",
                dir.getFileName().toString()));
        String runId = metadata.get("mlflow.run_id");
        return new Run(name, FORMAT_ID, dir.toString(), runId, MlflowLayout.startDate(meta.get("start_time")),
                metrics(dir.resolve("metrics"), problems, cancel), metadata);
    }

    private static List<MetricSeries> metrics(Path dir, List<Problem> problems, CancellationToken cancel)
            throws IOException {
        List<MetricSeries> out = new ArrayList<>();
        for (Path file : files(dir)) {
            cancel.throwIfCancelled();
            ProblemLog log = new ProblemLog(file.toString());
            String tag = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            MetricSeries s;
            try {
                s = MetricFileParser.parse(file, tag, log, cancel);
            } catch (IOException e) {
                // One unreadable metric file (permissions, vanished) costs that metric, not the run or the store.
                problems.add(Problem.error(file.toString(), "", "cannot read (" + (e instanceof
                        java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName())
                        + "); this metric is skipped, the run's others are read"));
                continue;
            }
            if (s.size() > 1 && s.step(0) == 0 && s.step(s.size() - 1) == 0) {
                log.warning("", "all " + s.size() + " points have step 0 (logged without a step); "
                        + "they are ordered by timestamp, so plot them against wall time");
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
            problems.addAll(log.toList());
        }
        return out;
    }

    /** Files under dir (recursively, name order); key = relative path with '/'. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> values(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            if (Files.size(file) <= MAX_VALUE_FILE_BYTES) {
                String key = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                out.put(key, new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip());
            }
        }
        return out;
    }
}
