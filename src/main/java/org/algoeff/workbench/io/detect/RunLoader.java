// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.mlflow.MlflowFileStoreReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The one service that turns dropped files and folders into runs, for the CLI and the window alike: files are
 * read by the detected reader, folders are walked for runs; a source that cannot be read is reported in the
 * {@link LoadReport} and the others still load. Synchronous; call it off the FX thread. Thread-safe.
 */
public final class RunLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RunLoader.class);
    /** Format id reported for the walk of a folder itself (problems found while listing it). */
    public static final String FOLDER_FORMAT = "folder";

    private final List<LogReader> readers;
    private final Optional<RunFolderReader> eventFolderReader;
    private final FormatDetector detector;

    /** A loader over {@link LogReaders#all()}. */
    public RunLoader() {
        this(LogReaders.all(), LogReaders.eventFolderReader());
    }

    public RunLoader(List<LogReader> readers, Optional<RunFolderReader> eventFolderReader) {
        this.readers = List.copyOf(readers);
        this.eventFolderReader = eventFolderReader;
        this.detector = new FormatDetector(readers);
    }

    /** Convenience for callers holding no loader instance. */
    public static LoadReport loadAll(List<Path> paths, ProgressSink progress, CancellationToken cancel) {
        return new RunLoader().load(paths, progress, cancel);
    }

    /**
     * Loads every given path; folders are walked ({@link PathLoader} decides what each path is). Data sets found
     * among them are not runs: they are listed as sources with a note and no runs.
     *
     * @throws CancellationException when cancelled (nothing partial is returned)
     */
    public LoadReport load(List<Path> paths, ProgressSink progress, CancellationToken cancel) {
        return new PathLoader(this).load(paths, java.util.Map.of(), progress, cancel).toRunReport();
    }

    /** Whether a reader for binary W&B {@code .wandb} logs is registered (decides which log a run folder gives). */
    boolean readsBinaryWandb() {
        return readers.stream().anyMatch(r -> r.formatId().equals("wandb-binary"));
    }

    /** A source found by a folder walk, as plain strings so it can travel to another JVM (a Spark executor). */
    public record FoundSource(String kind, String path, List<String> files, String runName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Walks a folder like {@link #load} does, without reading anything; read each result with {@link #read}. */
    public List<FoundSource> discover(Path root, CancellationToken cancel) throws IOException {
        List<FoundSource> found = new ArrayList<>();
        for (RunDiscovery.Source s : RunDiscovery.discover(root, readsBinaryWandb(), cancel).sources()) {
            if (s.kind() == RunDiscovery.Source.Kind.DATASET || s.kind() == RunDiscovery.Source.Kind.SWEEP) {
                continue;
            }
            found.add(new FoundSource(s.kind().name(), s.path().toString(),
                    s.files().stream().map(Path::toString).toList(), s.runName()));
        }
        return found;
    }

    /** Reads one source found by {@link #discover}; problems are in the result, never thrown. */
    public SourceResult read(FoundSource found, CancellationToken cancel) {
        return read(new RunDiscovery.Source(RunDiscovery.Source.Kind.valueOf(found.kind()), Path.of(found.path()),
                found.files().stream().map(Path::of).toList(), found.runName()), ProgressSink.NONE, cancel);
    }

    /**
     * Reads one source of runs; problems are in the result, never thrown (but cancellation is). Running out of
     * memory on it becomes a problem with {@link MemoryAdvice}, so one huge file never takes down the others.
     */
    SourceResult read(RunDiscovery.Source s, ProgressSink progress, CancellationToken cancel) {
        String source = s.path().toString();
        try {
            return switch (s.kind()) {
                case MLFLOW -> of(source, MlflowFileStoreReader.FORMAT_ID,
                        new MlflowFileStoreReader().read(s.path(), progress, cancel));
                case EVENT_FOLDER -> readEventFolder(s, progress, cancel);
                case FILE, DATASET, SWEEP -> readFile(s.path(), progress, cancel);
            };
        } catch (CancellationException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            long bytes = PathLoader.bytes(s);
            LOG.warn("out of memory reading {} ({} bytes)", source, bytes);
            return failed(source, MemoryAdvice.message(bytes, source.endsWith(".gz"), Runtime.getRuntime().maxMemory()));
        } catch (IOException e) {
            return failed(source, "cannot read (" + describe(e) + ")");
        } catch (RuntimeException e) {
            // A reader bug must not take the other sources down; the log keeps the stack trace for us.
            LOG.error("reader failed on {}", source, e);
            return failed(source, "reader failed unexpectedly (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private SourceResult readFile(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
            return failed(file.toString(), RunDiscovery.NOT_REGULAR);
        }
        FormatDetector.Detection d = detector.detect(file);
        if (!d.found()) {
            return new SourceResult(file.toString(), SourceResult.UNKNOWN, List.of(), List.of(d.problem()));
        }
        return of(file.toString(), d.format(), d.reader().read(file, progress, cancel));
    }

    private SourceResult readEventFolder(RunDiscovery.Source s, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        SourceResult merged;
        if (eventFolderReader.isPresent()) {
            try {
                merged = of(s.path().toString(), "tfevents", eventFolderReader.get().read(s.files(), progress, cancel));
            } catch (IOException e) {
                merged = readEventFilesOneByOne(s, e, cancel);
            }
        } else {
            merged = readEventFilesOneByOne(s, null, cancel);
        }
        return s.runName() == null ? merged : renamed(merged, s.runName());
    }

    /**
     * Reads the event files of a run one at a time, naming and skipping each that cannot be read (one unreadable
     * file must not cost the run); with a folder reader the readable ones are merged again.
     */
    private SourceResult readEventFilesOneByOne(RunDiscovery.Source s, IOException first, CancellationToken cancel)
            throws IOException {
        List<Path> readable = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : s.files()) {
            cancel.throwIfCancelled();
            try (var in = Files.newInputStream(f)) {
                readable.add(f);
            } catch (IOException e) {
                problems.add(Problem.error(f.toString(), "", "cannot read (" + describe(e) + "); skipped, the "
                        + "run's other event files are read"));
            }
        }
        if (first != null && readable.size() == s.files().size()) {
            throw first;
        }
        List<Run> runs = new ArrayList<>();
        String format = SourceResult.UNKNOWN;
        if (eventFolderReader.isPresent() && !readable.isEmpty()) {
            ParseResult<List<Run>> r = eventFolderReader.get().read(readable, ProgressSink.NONE, cancel);
            runs.addAll(r.value());
            problems.addAll(r.problems());
            format = "tfevents";
        } else {
            for (Path f : readable) {
                SourceResult r = readFile(f, ProgressSink.NONE, cancel);
                runs.addAll(r.runs());
                problems.addAll(r.problems());
                format = r.runs().isEmpty() ? format : r.format();
            }
        }
        return new SourceResult(s.path().toString(), format, runs, problems);
    }

    /** The runs of one writer's event files in a folder of several: named by their first file. */
    private static SourceResult renamed(SourceResult r, String name) {
        List<Run> runs = r.runs().stream().map(run -> new Run(name, run.format(), r.source(), run.id(),
                run.recordedDate(), run.series(), run.metadata())).toList();
        return new SourceResult(r.source(), r.format(), runs, r.problems());
    }

    private static SourceResult of(String source, String format, ParseResult<List<Run>> result) {
        return new SourceResult(source, format, result.value(), result.problems());
    }

    static SourceResult failed(String source, String message) {
        return new SourceResult(source, SourceResult.UNKNOWN, List.of(), List.of(Problem.error(source, "", message)));
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
