// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.LoadedSource;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.TrendDataset;

/**
 * Turns what the loader found into the sources list's items, per dropped path: its runs (of every log in a folder)
 * with their problems and the folder's skipped files as one item, each data set (a data-set CSV, also one found in
 * the folder; each target of a sweep) as an item of its own. Workspaces given among the paths are handed back to
 * be opened. Pure; runs on the loading thread.
 */
final class SourceItems {
    /** Items to add, workspaces to open, and the out-of-memory messages to show. */
    record Built(List<SourceItem> items, List<Path> workspaces, List<Problem> outOfMemory) {
    }

    private SourceItems() {
    }

    static Built of(List<Path> paths, LoadOutcome outcome) {
        List<SourceItem> items = new ArrayList<>();
        List<Path> workspaces = new ArrayList<>();
        for (Path root : paths) {
            List<RunItem> runs = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            List<SourceItem> datasets = new ArrayList<>();
            for (LoadedSource s : outcome.sources()) {
                if (!s.root().equals(root)) {
                    continue;
                }
                if (s instanceof LoadedSource.Workspace) {
                    workspaces.add(s.path());
                } else if (s instanceof LoadedSource.Datasets d) {
                    d.datasets().forEach(x -> datasets.add(dataset(d.path(), x, d.problems(), root)));
                } else if (s instanceof LoadedSource.Sweep w) {
                    datasets.addAll(sweep(w, root));
                } else if (s instanceof LoadedSource.Runs r) {
                    r.runs().forEach(run -> runs.add(new RunItem(run)));
                    problems.addAll(r.problems());
                } else {
                    problems.addAll(s.problems());
                }
            }
            LoadOutcome.FolderWalk walk = outcome.folder(root).orElse(null);
            if (walk != null) {
                problems.addAll(walk.problems());
            }
            boolean nothing = datasets.isEmpty() && !workspaces.contains(root);
            if (!runs.isEmpty() || !problems.isEmpty() || nothing) {
                if (runs.isEmpty() && problems.isEmpty()) {
                    problems.add(Problem.error(root.toString(), "", "no training runs or data set found here"));
                }
                items.add(new SourceItem(root, null, runs, problems, null, root,
                        walk == null ? List.of() : walk.files()));
            }
            items.addAll(datasets);
        }
        List<Problem> oom = outcome.problems().stream().filter(p -> p.message().startsWith("out of memory")).toList();
        return new Built(items, workspaces, oom);
    }

    private static SourceItem dataset(Path file, TrendDataset d, List<Problem> problems, Path root) {
        return new SourceItem(file, d, List.of(), problems, null, root, List.of());
    }

    /** One item per (data set, target) of the grid; the problems go with the first. */
    private static List<SourceItem> sweep(LoadedSource.Sweep w, Path root) {
        List<SourceItem> out = new ArrayList<>();
        for (TrendDataset d : w.datasets()) {
            out.add(new SourceItem(w.path(), d, List.of(), out.isEmpty() ? w.problems() : List.of(), null, root,
                    List.of()));
        }
        if (out.isEmpty()) {
            out.add(new SourceItem(w.path(), null, List.of(), w.problems(), null, root, List.of()));
        }
        return out;
    }
}
