// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The one place that decides what a given path is, for the window, {@code plot}, {@code inspect} and {@code ctt}
 * alike: a workspace ({@code .algoeff}), a sweep's output folder, a data-set CSV (a date and a compute column, or
 * columns the user chose), a training log, or a folder walked for all of these ({@link RunDiscovery}, which accounts
 * for every file). Each source becomes a {@link LoadedSource}; one that cannot be read, or runs out of memory, is a
 * {@link LoadedSource.Failed} and the others still load. Progress is bytes read of the total; cancellation is
 * checked per source and inside the readers. Synchronous; call it off the FX thread. Thread-safe.
 */
public final class PathLoader {
    /** File name ending of workspaces. */
    public static final String WORKSPACE_EXTENSION = ".algoeff";
    private static final Logger LOG = LoggerFactory.getLogger(PathLoader.class);

    private final RunLoader runs;
    private final TrendCsvReader datasets;
    private final java.util.function.Predicate<Path> readable;

    /** A loader over every log reader. */
    public PathLoader() {
        this(new RunLoader());
    }

    public PathLoader(RunLoader runs) {
        this(runs, new TrendCsvReader(ToolVersion.current()));
    }

    public PathLoader(RunLoader runs, TrendCsvReader datasets) {
        this(runs, datasets, Files::isReadable);
    }

    /** @param readable whether the process may read a file (tests stand in for permissions: root reads all) */
    PathLoader(RunLoader runs, TrendCsvReader datasets, java.util.function.Predicate<Path> readable) {
        this.runs = runs;
        this.datasets = datasets;
        this.readable = readable;
    }

    /** One source to read, with the path the user gave; or ({@code ready}) one already decided without reading. */
    private record Planned(Path root, RunDiscovery.Source source, long bytes, LoadedSource ready) {
    }

    /**
     * Loads every given path; folders are walked.
     *
     * @param columns date and value columns the user chose per CSV file (such a file is read as a data set)
     * @throws CancellationException when cancelled (nothing partial is returned)
     */
    public LoadOutcome load(List<Path> paths, Map<Path, ColumnChoice> columns, ProgressSink progress,
            CancellationToken cancel) {
        List<LoadedSource> out = new ArrayList<>();
        List<LoadOutcome.FolderWalk> folders = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Path path : paths) {
            cancel.throwIfCancelled();
            plan(path, columns, planned, folders, cancel);
        }
        long total = planned.stream().mapToLong(Planned::bytes).sum();
        long done = 0;
        for (Planned p : planned) {
            cancel.throwIfCancelled();
            if (p.ready() != null) {
                out.add(p.ready());
                continue;
            }
            progress.progress(total == 0 ? -1 : done / (double) total, progressText(done, total, p.source().path()));
            out.add(read(p, columns, scaled(progress, done, p.bytes(), total, p.source().path()), cancel));
            done += p.bytes();
        }
        progress.progress(1.0, "read " + MemoryAdvice.size(total) + " from " + out.size() + " source(s)");
        return new LoadOutcome(out, folders);
    }

    private void plan(Path path, Map<Path, ColumnChoice> columns, List<Planned> planned,
            List<LoadOutcome.FolderWalk> folders, CancellationToken cancel) {
        if (!Files.exists(path)) {
            planned.add(ready(failed(path, path, "no such file or folder")));
        } else if (Files.isDirectory(path)) {
            if (SweepSummaryReader.isSweepFolder(path)) {
                planned.add(planned(path, new RunDiscovery.Source(RunDiscovery.Source.Kind.SWEEP, path,
                        List.of(path.resolve(SweepSummaryReader.SUMMARY)))));
            } else {
                walk(path, columns, planned, folders, cancel);
            }
        } else if (!Files.isRegularFile(path)) {
            planned.add(ready(failed(path, path, RunDiscovery.NOT_REGULAR)));
        } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(WORKSPACE_EXTENSION)) {
            planned.add(ready(new LoadedSource.Workspace(path, path)));
        } else {
            boolean dataset = columns.containsKey(path) || TrendCsvReader.isDatasetFile(path);
            planned.add(planned(path, new RunDiscovery.Source(dataset ? RunDiscovery.Source.Kind.DATASET
                    : RunDiscovery.Source.Kind.FILE, path, List.of(path))));
        }
    }

    private void walk(Path root, Map<Path, ColumnChoice> columns, List<Planned> planned,
            List<LoadOutcome.FolderWalk> folders, CancellationToken cancel) {
        try {
            RunDiscovery.Discovery d = RunDiscovery.discover(root, runs.readsBinaryWandb(), cancel, readable);
            // A CSV in the folder that the user chose columns for is a data set, as a single file is.
            d.sources().forEach(s -> planned.add(planned(root, s.kind() == RunDiscovery.Source.Kind.FILE
                    && columns.containsKey(s.path()) ? new RunDiscovery.Source(RunDiscovery.Source.Kind.DATASET,
                    s.path(), s.files()) : s)));
            List<Problem> problems = new ArrayList<>(d.problems());
            if (d.sources().isEmpty()) {
                problems.add(Problem.error(root.toString(), "", "no training logs or data sets found in this "
                        + "folder (" + d.files().size() + " file(s), each listed with why it was skipped)"));
            }
            folders.add(new LoadOutcome.FolderWalk(root, d.files(), problems));
        } catch (IOException e) {
            folders.add(new LoadOutcome.FolderWalk(root, List.of(), List.of(Problem.error(root.toString(), "",
                    "cannot list the folder (" + RunLoader.describe(e) + ")"))));
        }
    }

    private static Planned planned(Path root, RunDiscovery.Source s) {
        return new Planned(root, s, bytes(s), null);
    }

    private static Planned ready(LoadedSource s) {
        return new Planned(s.root(), null, 0, s);
    }

    /** Bytes a source reads: its files, or every file of an MLflow folder. */
    static long bytes(RunDiscovery.Source s) {
        long sum = 0;
        List<Path> files = s.files().isEmpty() ? List.of(s.path()) : s.files();
        for (Path f : files) {
            try {
                sum += Files.isDirectory(f) ? folderBytes(f) : Files.size(f);
            } catch (IOException | RuntimeException e) {
                // A file that vanished counts as empty; reading it reports the problem.
            }
        }
        return sum;
    }

    private static long folderBytes(Path dir) throws IOException {
        try (var walk = Files.walk(dir, RunDiscovery.MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private LoadedSource read(Planned p, Map<Path, ColumnChoice> columns, ProgressSink progress,
            CancellationToken cancel) {
        RunDiscovery.Source s = p.source();
        try {
            return switch (s.kind()) {
                case DATASET -> dataset(p.root(), s.path(), columns.getOrDefault(s.path(), ColumnChoice.DETECT), cancel);
                case SWEEP -> sweep(p.root(), s.path());
                default -> runs(p.root(), runs.read(s, progress, cancel));
            };
        } catch (CancellationException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            LOG.warn("out of memory reading {} ({} bytes)", s.path(), p.bytes());
            return failed(p.root(), s.path(), MemoryAdvice.message(p.bytes(), s.path().toString().endsWith(".gz"),
                    Runtime.getRuntime().maxMemory()));
        } catch (IOException e) {
            return failed(p.root(), s.path(), "cannot read (" + RunLoader.describe(e) + ")");
        } catch (RuntimeException e) {
            LOG.error("reading failed on {}", s.path(), e);
            return failed(p.root(), s.path(), "reader failed unexpectedly (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private LoadedSource dataset(Path root, Path file, ColumnChoice choice, CancellationToken cancel)
            throws IOException {
        ParseResult<TrendDataset> r = datasets.read(file, choice, cancel);
        if (r.value().points().isEmpty()) {
            List<Problem> problems = new ArrayList<>(r.problems());
            if (problems.isEmpty()) {
                problems.add(Problem.error(file.toString(), "", "a data set with no rows"));
            }
            return new LoadedSource.Failed(root, file, problems);
        }
        return new LoadedSource.Datasets(root, file, List.of(r.value()), r.problems());
    }

    private static LoadedSource sweep(Path root, Path dir) throws IOException {
        ParseResult<List<TrendDataset>> r = new SweepSummaryReader().read(dir);
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r.value().isEmpty()) {
            problems.add(Problem.error(dir.toString(), SweepSummaryReader.SUMMARY, "no complete cells in this sweep yet"));
        }
        return new LoadedSource.Sweep(root, dir, r.value(), problems);
    }

    private static LoadedSource runs(Path root, SourceResult r) {
        Path path = Path.of(r.source());
        if (r.runs().isEmpty()) {
            List<Problem> problems = r.problems().isEmpty()
                    ? List.of(Problem.error(r.source(), "", "no training runs found here")) : r.problems();
            return new LoadedSource.Failed(root, path, problems);
        }
        return new LoadedSource.Runs(root, path, r.format(), r.runs(), r.problems());
    }

    private static LoadedSource failed(Path root, Path path, String message) {
        return new LoadedSource.Failed(root, path, List.of(Problem.error(path.toString(), "", message)));
    }

    /** Progress inside one source (a reader's own fraction) as bytes of the whole load. */
    private static ProgressSink scaled(ProgressSink progress, long done, long bytes, long total, Path path) {
        if (total == 0) {
            return (f, m) -> progress.progress(-1, m);
        }
        return (f, m) -> {
            long at = done + (f < 0 ? 0 : (long) (Math.min(1, f) * bytes));
            progress.progress(at / (double) total, progressText(at, total, path));
        };
    }

    static String progressText(long done, long total, Path path) {
        return "read " + MemoryAdvice.size(done) + " of " + MemoryAdvice.size(total) + " (" + path.getFileName() + ")";
    }
}
