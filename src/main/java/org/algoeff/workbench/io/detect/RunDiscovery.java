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

import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.mlflow.MlflowLayout;
import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.wandb.WandbRunFiles;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Walks a dropped folder, lists the sources in it and accounts for every file: MLflow experiment and run folders
 * (wherever they lie, so an experiment folder next to other logs does not make the whole folder an MLflow store),
 * TensorBoard run folders (the event files of one folder, split by the program that wrote them), W&B run folders
 * ({@code run-*}, one log chosen each), sweep output folders, data-set CSVs (a date and a compute column) and other
 * log-like files by extension. Every other file is listed as skipped with the reason; only regular files are ever
 * opened (FIFOs, devices and sockets would block or never end); symbolic links are not followed.
 */
final class RunDiscovery {
    /** Deepest folder level walked below the dropped folder. */
    static final int MAX_DEPTH = 24;
    /** Most sources taken from one dropped folder. */
    static final int MAX_SOURCES = 100_000;
    /** File name endings worth trying as logs in a folder walk; other files are listed as skipped. */
    static final List<String> LOG_SUFFIXES = List.of(".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".log", ".gz",
            ".db", ".sqlite", ".wandb");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "__pycache__", ".trash",
            ".ipynb_checkpoints", "artifacts");
    /** Reason given for a file that is not a regular file. */
    static final String NOT_REGULAR = "not a regular file (a FIFO, device or socket): not opened";

    /** One thing to read: a file, an MLflow folder, event files of a TensorBoard run, a data set or a sweep. */
    record Source(Kind kind, Path path, List<Path> files, String runName) {
        enum Kind { FILE, MLFLOW, EVENT_FOLDER, DATASET, SWEEP }

        Source(Kind kind, Path path, List<Path> files) {
            this(kind, path, files, null);
        }

        Source {
            files = List.copyOf(files);
        }
    }

    /** What a walk found: the sources, what happened to every file, and problems of the walk itself. */
    record Discovery(List<Source> sources, List<FileAccount> files, List<Problem> problems) {
    }

    private RunDiscovery() {
    }

    /** @param binaryWandb whether a reader for {@code .wandb} files is registered */
    static Discovery discover(Path root, boolean binaryWandb, CancellationToken cancel) throws IOException {
        return discover(root, binaryWandb, cancel, Files::isReadable);
    }

    /** @param readable whether the process may read a file (a test stands in for permissions, root reads all) */
    static Discovery discover(Path root, boolean binaryWandb, CancellationToken cancel,
            java.util.function.Predicate<Path> readable) throws IOException {
        Walker walker = new Walker(root, cancel, readable);
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, walker);
        // The walk sees a folder in the file system's order; name order makes every load list the same.
        walker.sources.sort(java.util.Comparator.comparing(Source::path));
        walker.files.sort(java.util.Comparator.comparing(FileAccount::file));
        List<Source> sources = walker.sources;
        walker.eventFiles.forEach((dir, files) -> sources.addAll(EventFileGroups.split(dir, files, walker.problems)));
        walker.wandbRuns.forEach((dir, files) -> {
            java.util.Optional<Path> log = pickWandbLog(files, binaryWandb);
            log.ifPresent(f -> sources.add(new Source(Source.Kind.FILE, f, List.of(f))));
            for (Path f : files) {
                walker.account(log.isPresent() && log.get().equals(f) ? FileAccount.read(f, "W&B run")
                        : FileAccount.skipped(f, log.map(l -> "W&B run folder: its run is read from "
                        + l.getFileName()).orElse("W&B run folder with no history, .wandb or summary file")));
            }
        });
        walker.accountEventFiles();
        if (sources.size() > MAX_SOURCES) {
            walker.problems.warning("", sources.size() + " logs found; only the first " + MAX_SOURCES
                    + " are read (MAX_SOURCES)");
            return new Discovery(List.copyOf(sources.subList(0, MAX_SOURCES)), walker.files,
                    walker.problems.toList());
        }
        return new Discovery(sources, walker.files, walker.problems.toList());
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

    /** The walk itself: sorts each file into a source or the skipped list. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final CancellationToken cancel;
        private final List<Source> sources = new ArrayList<>();
        private final List<FileAccount> files = new ArrayList<>();
        private final Map<Path, List<Path>> eventFiles = new LinkedHashMap<>();
        private final Map<Path, List<Path>> wandbRuns = new LinkedHashMap<>();
        private final ProblemLog problems;
        private final java.util.function.Predicate<Path> readable;

        Walker(Path root, CancellationToken cancel, java.util.function.Predicate<Path> readable) {
            this.root = root;
            this.cancel = cancel;
            this.readable = readable;
            this.problems = new ProblemLog(root.toString());
        }

        void account(FileAccount a) {
            files.add(a);
        }

        void accountEventFiles() {
            eventFiles.forEach((dir, list) -> list.forEach(f -> account(FileAccount.read(f, "TensorBoard run"))));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            cancel.throwIfCancelled();
            String name = dir.equals(root) ? "" : dir.getFileName().toString();
            if (SKIPPED_FOLDERS.contains(name)) {
                account(FileAccount.skipped(dir, "folder not entered (" + name + " holds no training logs)"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root) && SweepSummaryReader.isSweepFolder(dir)) {
                sources.add(new Source(Source.Kind.SWEEP, dir, List.of(dir.resolve(SweepSummaryReader.SUMMARY))));
                accountTree(dir, f -> f.getFileName().toString().equals(SweepSummaryReader.SUMMARY)
                        ? FileAccount.read(f, "sweep") : FileAccount.skipped(f, "inside a sweep output folder "
                        + "(its data sets come from " + SweepSummaryReader.SUMMARY + ")"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            MlflowLayout.Kind mlflow = mlflowKind(dir);
            if (mlflow == MlflowLayout.Kind.EXPERIMENT && !hasRuns(dir)) {
                accountTree(dir, f -> FileAccount.skipped(f, "MLflow experiment with no runs"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (mlflow == MlflowLayout.Kind.RUN || mlflow == MlflowLayout.Kind.EXPERIMENT) {
                sources.add(new Source(Source.Kind.MLFLOW, dir, List.of()));
                String what = mlflow == MlflowLayout.Kind.RUN ? "MLflow run" : "MLflow experiment";
                accountTree(dir, f -> FileAccount.read(f, what));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean hasRuns(Path experiment) throws IOException {
            try (var children = Files.list(experiment)) {
                return children.anyMatch(c -> mlflowKind(c) == MlflowLayout.Kind.RUN);
            }
        }

        private MlflowLayout.Kind mlflowKind(Path dir) {
            try {
                return MlflowLayout.kind(dir);
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.warning(dir.resolve("meta.yaml").toString(), "",
                        "cannot read this meta.yaml (" + e.getClass().getSimpleName() + "); folder walked as plain files"));
                return MlflowLayout.Kind.NONE;
            }
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String skip = skipReason(file, attrs);
            if (skip != null) {
                account(FileAccount.skipped(file, skip));
                return FileVisitResult.CONTINUE;
            }
            String name = file.getFileName().toString();
            Path wandbRun = wandbRunFolder(file, root);
            if (name.contains("tfevents")) {
                eventFiles.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
            } else if (WandbRunFiles.belongsToHistoryBeside(file)) {
                // An old-layout W&B run folder not named run-*: read with the history beside it.
                account(FileAccount.read(file, "W&B run (read with the history beside it)"));
            } else if (wandbRun != null) {
                wandbRuns.computeIfAbsent(wandbRun, d -> new ArrayList<>()).add(file);
            } else if (TrendCsvReader.isDatasetFile(file)) {
                sources.add(new Source(Source.Kind.DATASET, file, List.of(file)));
                account(FileAccount.read(file, "data set (date and compute columns)"));
            } else if (isLogLike(name)) {
                sources.add(new Source(Source.Kind.FILE, file, List.of(file)));
                account(FileAccount.read(file, FileAccount.LOG_FILE));
            } else {
                account(FileAccount.skipped(file, name.endsWith(PathLoader.WORKSPACE_EXTENSION)
                        ? "a workspace (open it on its own)" : "not a log by its name (logs end in "
                        + String.join(" ", LOG_SUFFIXES) + " or hold 'tfevents')"));
            }
            return FileVisitResult.CONTINUE;
        }

        /** Why a file is not opened at all, or null: only readable regular files are. */
        private String skipReason(Path file, BasicFileAttributes attrs) {
            return skipReason(file, attrs, true);
        }

        /** @param warn whether an unreadable file is also a problem (not where the source's reader reports it) */
        private String skipReason(Path file, BasicFileAttributes attrs, boolean warn) {
            if (attrs.isSymbolicLink()) {
                return "symbolic link (not followed)";
            }
            if (!attrs.isRegularFile()) {
                return NOT_REGULAR;
            }
            if (!readable.test(file)) {
                if (warn) {
                    problems.add(Problem.warning(file.toString(), "", "cannot read (permission denied); skipped"));
                }
                return "cannot read (permission denied)";
            }
            return null;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(Problem.warning(file.toString(), "", "cannot read (" + e.getClass().getSimpleName()
                    + "); skipped"));
            account(FileAccount.skipped(file, "cannot read (" + e.getClass().getSimpleName() + ")"));
            return FileVisitResult.CONTINUE;
        }

        /** Accounts for every file below a folder read as one source (an MLflow run, a sweep). */
        private void accountTree(Path dir, java.util.function.Function<Path, FileAccount> regular)
                throws IOException {
            // The MLflow reader names an unreadable metric file itself; a second warning would repeat it.
            boolean warn = MlflowLayout.kind(dir) == MlflowLayout.Kind.NONE;
            Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && SKIPPED_FOLDERS.contains(d.getFileName().toString())) {
                        account(FileAccount.skipped(d, "folder not entered (" + d.getFileName() + ")"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String skip = skipReason(f, attrs, warn);
                    account(skip == null ? regular.apply(f) : FileAccount.skipped(f, skip));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return Walker.this.visitFileFailed(f, e);
                }
            });
        }
    }
}
