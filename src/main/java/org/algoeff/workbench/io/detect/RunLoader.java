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
import org.algoeff.workbench.io.text.ProblemLog;
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
     * Loads every given path; folders are walked.
     *
     * @throws CancellationException when cancelled (nothing partial is returned)
     */
    public LoadReport load(List<Path> paths, ProgressSink progress, CancellationToken cancel) {
        List<RunDiscovery.Source> sources = new ArrayList<>();
        List<SourceResult> results = new ArrayList<>();
        for (Path path : paths) {
            cancel.throwIfCancelled();
            collect(path, sources, results, cancel);
        }
        for (int i = 0; i < sources.size(); i++) {
            cancel.throwIfCancelled();
            RunDiscovery.Source s = sources.get(i);
            progress.progress(i / (double) sources.size(), "reading " + s.path().getFileName());
            results.add(read(s, cancel));
        }
        progress.progress(1.0, "loaded " + sources.size() + " sources");
        return new LoadReport(results);
    }

    private void collect(Path path, List<RunDiscovery.Source> sources, List<SourceResult> results,
            CancellationToken cancel) {
        if (!Files.exists(path)) {
            results.add(failed(path.toString(), "no such file or folder"));
        } else if (!Files.isDirectory(path)) {
            sources.add(new RunDiscovery.Source(RunDiscovery.Source.Kind.FILE, path, List.of(path)));
        } else {
            ProblemLog walkProblems = new ProblemLog(path.toString());
            boolean binaryWandb = readers.stream().anyMatch(r -> r.formatId().equals("wandb-binary"));
            try {
                List<RunDiscovery.Source> found = RunDiscovery.discover(path, binaryWandb, walkProblems, cancel);
                sources.addAll(found);
                if (found.isEmpty()) {
                    walkProblems.error("", "no training logs found in this folder");
                }
            } catch (IOException e) {
                walkProblems.error("", "cannot list the folder (" + describe(e) + ")");
            }
            if (!walkProblems.isEmpty()) {
                results.add(new SourceResult(path.toString(), FOLDER_FORMAT, List.of(), walkProblems.toList()));
            }
        }
    }

    /** A source found by a folder walk, as plain strings so it can travel to another JVM (a Spark executor). */
    public record FoundSource(String kind, String path, List<String> files) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Walks a folder like {@link #load} does, without reading anything; read each result with {@link #read}. */
    public List<FoundSource> discover(Path root, CancellationToken cancel) throws IOException {
        boolean binaryWandb = readers.stream().anyMatch(r -> r.formatId().equals("wandb-binary"));
        List<FoundSource> found = new ArrayList<>();
        for (RunDiscovery.Source s : RunDiscovery.discover(root, binaryWandb, new ProblemLog(root.toString()), cancel)) {
            found.add(new FoundSource(s.kind().name(), s.path().toString(),
                    s.files().stream().map(Path::toString).toList()));
        }
        return found;
    }

    /** Reads one source found by {@link #discover}; problems are in the result, never thrown. */
    public SourceResult read(FoundSource found, CancellationToken cancel) {
        return read(new RunDiscovery.Source(RunDiscovery.Source.Kind.valueOf(found.kind()), Path.of(found.path()),
                found.files().stream().map(Path::of).toList()), cancel);
    }

    private SourceResult read(RunDiscovery.Source s, CancellationToken cancel) {
        String source = s.path().toString();
        try {
            return switch (s.kind()) {
                case MLFLOW -> of(source, MlflowFileStoreReader.FORMAT_ID,
                        new MlflowFileStoreReader().read(s.path(), ProgressSink.NONE, cancel));
                case EVENT_FOLDER -> readEventFolder(s, cancel);
                case FILE -> readFile(s.path(), cancel);
            };
        } catch (CancellationException e) {
            throw e;
        } catch (IOException e) {
            return failed(source, "cannot read (" + describe(e) + ")");
        } catch (RuntimeException e) {
            // A reader bug must not take the other sources down; the log keeps the stack trace for us.
            LOG.error("reader failed on {}", source, e);
            return failed(source, "reader failed unexpectedly (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private SourceResult readFile(Path file, CancellationToken cancel) throws IOException {
        FormatDetector.Detection d = detector.detect(file);
        if (!d.found()) {
            return new SourceResult(file.toString(), SourceResult.UNKNOWN, List.of(), List.of(d.problem()));
        }
        return of(file.toString(), d.format(), d.reader().read(file, ProgressSink.NONE, cancel));
    }

    private SourceResult readEventFolder(RunDiscovery.Source s, CancellationToken cancel) throws IOException {
        if (eventFolderReader.isPresent()) {
            return of(s.path().toString(), "tfevents", eventFolderReader.get().read(s.files(), ProgressSink.NONE,
                    cancel));
        }
        List<Run> runs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String format = SourceResult.UNKNOWN;
        for (Path f : s.files()) {
            SourceResult r = readFile(f, cancel);
            runs.addAll(r.runs());
            problems.addAll(r.problems());
            format = r.runs().isEmpty() ? format : r.format();
        }
        return new SourceResult(s.path().toString(), format, runs, problems);
    }

    private static SourceResult of(String source, String format, ParseResult<List<Run>> result) {
        return new SourceResult(source, format, result.value(), result.problems());
    }

    private static SourceResult failed(String source, String message) {
        return new SourceResult(source, SourceResult.UNKNOWN, List.of(), List.of(Problem.error(source, "", message)));
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
