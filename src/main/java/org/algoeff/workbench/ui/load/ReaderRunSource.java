// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * A {@link RunSource} over a list of {@link LogReader}s: folders are walked, each file goes to the first reader
 * that accepts its name and first 4 KiB; files no reader accepts are skipped silently inside folders and reported
 * when dropped by themselves. Stand-in until {@code io.detect.RunLoader} is wired in.
 */
public final class ReaderRunSource implements RunSource {
    private static final int HEAD_BYTES = 4096;
    private final List<LogReader> readers;

    public ReaderRunSource(List<LogReader> readers) {
        this.readers = List.copyOf(readers);
    }

    @Override
    public ParseResult<List<Run>> load(List<Path> paths, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            cancel.throwIfCancelled();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            cancel.throwIfCancelled();
            Path file = files.get(i);
            progress.progress(i / (double) files.size(), "reading " + file.getFileName());
            LogReader reader = readerFor(file);
            if (reader == null) {
                if (paths.contains(file)) {
                    problems.add(Problem.error(file.toString(), "", "no reader recognises this file"));
                }
                continue;
            }
            ParseResult<List<Run>> r = reader.read(file, progress, cancel);
            runs.addAll(r.value());
            problems.addAll(r.problems());
        }
        progress.progress(1, "read " + files.size() + " files");
        return new ParseResult<>(runs, problems);
    }

    private LogReader readerFor(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        for (LogReader r : readers) {
            if (r.accepts(file, head)) {
                return r;
            }
        }
        return null;
    }
}
