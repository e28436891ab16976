// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.algoeff.workbench.io.mlflow.MlflowLayout;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.wandb.WandbRunFiles;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Walks a dropped folder and lists the sources of runs in it: MLflow stores (read as one tree), TensorBoard run
 * folders (every folder directly holding event files), W&B run folders ({@code run-*}, one log chosen each) and
 * other log-like files by extension. Symbolic links are not followed.
 */
final class RunDiscovery {
    /** Deepest folder level walked below the dropped folder. */
    static final int MAX_DEPTH = 24;
    /** Most sources taken from one dropped folder. */
    static final int MAX_SOURCES = 100_000;
    /** File name endings worth trying as logs in a folder walk; other files are skipped silently. */
    static final List<String> LOG_SUFFIXES = List.of(".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".log", ".gz",
            ".db", ".sqlite", ".wandb");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "__pycache__", ".trash",
            ".ipynb_checkpoints", "artifacts");

    /** One thing to read: a file, an MLflow folder, or the event files of a TensorBoard run folder. */
    record Source(Kind kind, Path path, List<Path> files) {
        enum Kind { FILE, MLFLOW, EVENT_FOLDER }
    }

    private RunDiscovery() {
    }

    /** @param binaryWandb whether a reader for {@code .wandb} files is registered */
    static List<Source> discover(Path root, boolean binaryWandb, ProblemLog problems, CancellationToken cancel)
            throws IOException {
        List<Source> sources = new ArrayList<>();
        Map<Path, List<Path>> eventFiles = new LinkedHashMap<>();
        Map<Path, List<Path>> wandbRuns = new LinkedHashMap<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                cancel.throwIfCancelled();
                if (!dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (MlflowLayout.kind(dir) != MlflowLayout.Kind.NONE) {
                    sources.add(new Source(Source.Kind.MLFLOW, dir, List.of()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                Path wandbRun = wandbRunFolder(file, root);
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                } else if (name.contains("tfevents")) {
                    eventFiles.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
                } else if (WandbRunFiles.belongsToHistoryBeside(file)) {
                    // An old-layout W&B run folder not named run-*: read with the history beside it.
                    return FileVisitResult.CONTINUE;
                } else if (wandbRun != null) {
                    wandbRuns.computeIfAbsent(wandbRun, d -> new ArrayList<>()).add(file);
                } else if (isLogLike(name)) {
                    sources.add(new Source(Source.Kind.FILE, file, List.of(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.warning("", "cannot read " + file + " (" + e.getClass().getSimpleName() + "); skipped");
                return FileVisitResult.CONTINUE;
            }
        });
        eventFiles.forEach((dir, files) -> sources.add(new Source(Source.Kind.EVENT_FOLDER, dir,
                files.stream().sorted().toList())));
        wandbRuns.forEach((dir, files) -> pickWandbLog(files, binaryWandb).ifPresent(f ->
                sources.add(new Source(Source.Kind.FILE, f, List.of(f)))));
        if (sources.size() > MAX_SOURCES) {
            problems.warning("", sources.size() + " logs found; only the first " + MAX_SOURCES
                    + " are read (MAX_SOURCES)");
            return List.copyOf(sources.subList(0, MAX_SOURCES));
        }
        return sources;
    }

    static boolean isLogLike(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return LOG_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** The W&B run folder ({@code run-*} or {@code offline-run-*}) a file lies in, at most two levels up. */
    static Path wandbRunFolder(Path file, Path root) {
        Path dir = file.getParent();
        for (int level = 0; level < 2 && dir != null && dir.startsWith(root); level++) {
            String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (n.startsWith("run-") || n.startsWith("offline-run-")) {
                return dir;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /**
     * One log per W&B run folder, the most complete there is: the history JSONL (every logged row), else the
     * binary {@code .wandb} transaction log (needs the binary reader), else the summary (final values only).
     */
    static java.util.Optional<Path> pickWandbLog(List<Path> files, boolean binaryWandb) {
        List<String> preference = binaryWandb ? List.of("wandb-history.jsonl", ".wandb", "wandb-summary.json")
                : List.of("wandb-history.jsonl", "wandb-summary.json");
        for (String wanted : preference) {
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(wanted)) {
                    return java.util.Optional.of(f);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
