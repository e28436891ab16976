// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.TrendDataset;

/**
 * What {@link PathLoader#load} found: the sources, in the order the paths were given and found, and for each
 * folder walked what happened to every file in it.
 */
public record LoadOutcome(List<LoadedSource> sources, List<FolderWalk> folders) {
    /**
     * One dropped folder's walk: every file read or skipped ({@link FileAccount}), and the problems of the walk
     * itself (unreadable files, event files of several writers, nothing found).
     */
    public record FolderWalk(Path root, List<FileAccount> files, List<Problem> problems) {
        public FolderWalk {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public long skipped() {
            return files.stream().filter(f -> !f.read()).count();
        }
    }

    public LoadOutcome {
        sources = List.copyOf(sources);
        folders = List.copyOf(folders);
    }

    public List<Run> runs() {
        List<Run> out = new ArrayList<>();
        for (LoadedSource s : sources) {
            if (s instanceof LoadedSource.Runs r) {
                out.addAll(r.runs());
            }
        }
        return out;
    }

    /** Data sets of data-set CSVs and sweeps, in order. */
    public List<TrendDataset> datasets() {
        List<TrendDataset> out = new ArrayList<>();
        for (LoadedSource s : sources) {
            if (s instanceof LoadedSource.Datasets d) {
                out.addAll(d.datasets());
            } else if (s instanceof LoadedSource.Sweep w) {
                out.addAll(w.datasets());
            }
        }
        return out;
    }

    /** Problems of every source and every folder walk. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        sources.forEach(s -> out.addAll(s.problems()));
        folders.forEach(f -> out.addAll(f.problems()));
        return out;
    }

    /** The walk of a dropped folder, if {@code root} was one. */
    public java.util.Optional<FolderWalk> folder(Path root) {
        return folders.stream().filter(f -> f.root().equals(root)).findFirst();
    }

    /**
     * The runs-only view ({@code ctt}, sweeps): one entry per source; data sets and sweeps are listed with a note
     * and no runs, a folder's own problems as a source of format {@link RunLoader#FOLDER_FORMAT}.
     */
    public LoadReport toRunReport() {
        List<SourceResult> out = new ArrayList<>();
        for (FolderWalk f : folders) {
            if (!f.problems().isEmpty()) {
                out.add(new SourceResult(f.root().toString(), RunLoader.FOLDER_FORMAT, List.of(), f.problems()));
            }
        }
        for (LoadedSource s : sources) {
            out.add(runView(s));
        }
        return new LoadReport(out);
    }

    private static SourceResult runView(LoadedSource s) {
        String path = s.path().toString();
        if (s instanceof LoadedSource.Runs r) {
            return new SourceResult(path, r.format(), r.runs(), r.problems());
        }
        if (s instanceof LoadedSource.Datasets d) {
            return note(path, "dataset", d.problems(), "a data set of " + d.datasets().stream()
                    .mapToInt(x -> x.points().size()).sum() + " dated points (date and compute columns; plot or fit "
                    + "it), not a training log");
        }
        if (s instanceof LoadedSource.Sweep w) {
            return note(path, "sweep", w.problems(), "a sweep's output folder: data sets, no runs read from it");
        }
        if (s instanceof LoadedSource.Workspace) {
            return note(path, "workspace", List.of(), "a workspace file: no runs read from it (open it in the window)");
        }
        return new SourceResult(path, SourceResult.UNKNOWN, List.of(), s.problems());
    }

    private static SourceResult note(String path, String format, List<Problem> problems, String message) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(Problem.warning(path, "", message));
        return new SourceResult(path, format, List.of(), all);
    }
}
