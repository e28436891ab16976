// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.algoeff.workbench.io.detect.FileAccount;
import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.TrendDataset;

/**
 * One loaded file or folder in the sources list: either a trend data set or training runs, with the problems
 * found in it (shown next to it). Immutable except for the hidden flag.
 *
 * @param path     what the user dropped or opened, or a data-set CSV found in the folder they dropped
 * @param dataset  the data set, or null when this source holds runs
 * @param runs     the runs read from it (empty for a data set)
 * @param problems problems whose file lies in this source
 * @param hidden   whether its runs or data set are left out of the charts
 * @param root     what the user dropped or opened (saved in workspaces; equal to {@code path} but for a data set
 *                 found in a dropped folder)
 * @param files    what happened to every file of a dropped folder (read, or skipped with the reason)
 */
public record SourceItem(Path path, TrendDataset dataset, List<RunItem> runs, List<Problem> problems,
                         BooleanProperty hidden, Path root, List<FileAccount> files) {
    /** Longest name the sources list shows in full; longer ones are cut in the middle (the tooltip has it all). */
    public static final int MAX_NAME_CHARS = 48;

    public SourceItem {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        hidden = hidden == null ? new SimpleBooleanProperty(false) : hidden;
        root = root == null ? path : root;
        files = List.copyOf(files);
    }

    public SourceItem(Path path, TrendDataset dataset, List<RunItem> runs, List<Problem> problems,
                      BooleanProperty hidden) {
        this(path, dataset, runs, problems, hidden, path, List.of());
    }

    /** Files of a dropped folder that were not read, each with the reason. */
    public List<FileAccount> skipped() {
        return files.stream().filter(f -> !f.read()).toList();
    }

    /** CSV files of a dropped folder read as training logs: the user may read one as a data set instead. */
    public List<Path> csvLogs() {
        return files.stream().filter(f -> f.read() && f.detail().equals(FileAccount.LOG_FILE)
                && f.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .map(FileAccount::file).toList();
    }

    /** A folder's file as the list names it: relative to the folder. */
    public String relativeName(Path file) {
        return relative(file);
    }

    /** The name as the list shows it: cut in the middle when longer than {@link #MAX_NAME_CHARS}. */
    public String shortName() {
        String name = displayName();
        if (name.length() <= MAX_NAME_CHARS) {
            return name;
        }
        int keep = (MAX_NAME_CHARS - 1) / 2;
        return name.substring(0, keep) + "…" + name.substring(name.length() - keep);
    }

    /** What the tooltip shows: the whole name and path, and for a folder how many files were skipped. */
    public String tooltip() {
        StringBuilder b = new StringBuilder(displayName()).append('\n').append(path);
        if (!root.equals(path)) {
            b.append("\nin the dropped folder ").append(root);
        }
        List<FileAccount> skipped = skipped();
        if (!skipped.isEmpty()) {
            b.append("\n").append(skipped.size()).append(" file(s) skipped:");
            skipped.stream().limit(20).forEach(f -> b.append("\n  ").append(relative(f.file())).append(": ")
                    .append(f.detail()));
            if (skipped.size() > 20) {
                b.append("\n  …");
            }
        }
        return b.toString();
    }

    /** A problem as the list shows it; in a folder source it names its file (relative to the folder). */
    public String problemText(Problem p) {
        String file = p.source().isEmpty() || p.source().equals(path.toString()) ? "" : relative(p.source()) + ": ";
        return p.severity().jsonName() + ": " + file + (p.where().isEmpty() ? "" : p.where() + ": ") + p.message();
    }

    private String relative(String file) {
        try {
            return relative(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private String relative(Path file) {
        try {
            return file.startsWith(path) && !file.equals(path) ? path.relativize(file).toString() : file.toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    /** Whether the user may pick this source's date and value columns: a single CSV file. */
    public boolean isCsvFile() {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") && !isSweep();
    }

    public boolean isDataset() {
        return dataset != null;
    }

    /** "trend CSV", "sweep" or the run formats, e.g. "tfevents". */
    public String format() {
        if (isDataset()) {
            return isSweep() ? "sweep" : "trend CSV";
        }
        return runs.isEmpty() ? "nothing read" : String.join(", ", runs.stream().map(r -> r.run().format()).distinct()
                .toList());
    }

    /** What the sources list shows: the data set's name for a sweep (one folder gives one per target), else the file. */
    public String displayName() {
        return isSweep() ? dataset.name() : String.valueOf(path.getFileName());
    }

    private boolean isSweep() {
        return isDataset() && SweepSummaryReader.isSweepDataset(dataset);
    }

    /** Number of data points (rows of a data set, or all points of all runs). */
    public long points() {
        return isDataset() ? dataset.points().size() : runs.stream().mapToLong(r -> r.run().totalPoints()).sum();
    }
}
