// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.TaskHandle;
import org.algoeff.workbench.ui.task.TaskRunner;

/**
 * The loaded sources (left panel): loads dropped or opened files and folders in the background, lists each with
 * its format, point count and problems, and keeps a recent-files list. Data-set CSVs become trend series, all
 * else goes to the {@link RunSource}. FX thread only; no Nodes.
 */
public final class SourcesViewModel {
    /** Entries kept in the recent-files list. */
    public static final int MAX_RECENT = 10;
    private final TaskRunner runner;
    private final RunSource runSource;
    private final TrendCsvReader datasetReader;
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TaskHandle> currentLoad = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Date and value columns the user chose per CSV file; used whenever that file is (re)loaded. */
    private final Map<Path, ColumnChoice> chosenColumns = new HashMap<>();

    public SourcesViewModel(TaskRunner runner, RunSource runSource, TrendCsvReader datasetReader) {
        this.runner = runner;
        this.runSource = runSource;
        this.datasetReader = datasetReader;
    }

    /** What a drop on the window does: loads the files and folders in the background. */
    public void onFilesDropped(List<File> files) {
        load(files.stream().map(File::toPath).toList());
    }

    public void load(List<Path> paths) {
        load(paths, () -> { });
    }

    /** Loads in the background and runs {@code after} on the FX thread once the sources are added. */
    public void load(List<Path> paths, Runnable after) {
        FxThread.assertFxThread();
        if (paths.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(paths);
        Map<Path, ColumnChoice> choices = Map.copyOf(chosenColumns);
        status.set("loading " + describe(copy));
        TaskHandle handle = runner.run("Loading " + describe(copy),
                (progress, cancel) -> read(copy, choices, progress, cancel),
                loaded -> {
                    items.addAll(loaded);
                    copy.forEach(this::remember);
                    long problems = loaded.stream().mapToLong(s -> s.problems().size()).sum();
                    status.set("loaded " + loaded.size() + " source(s)" + (problems > 0 ? ", " + problems + " problem(s)" : ""));
                    currentLoad.set(null);
                    after.run();
                }, failure -> {
                    status.set("could not load " + describe(copy) + ": " + failure.getMessage());
                    currentLoad.set(null);
                });
        if (handle.runningProperty().get()) {
            currentLoad.set(handle);
            handle.cancelledProperty().addListener((obs, was, now) -> {
                if (now) {
                    status.set("loading cancelled");
                    currentLoad.set(null);
                }
            });
        }
    }

    /** Cancels the load in progress, if any; nothing it read is added. */
    public void cancelLoad() {
        FxThread.assertFxThread();
        TaskHandle handle = currentLoad.get();
        if (handle != null) {
            handle.cancel();
        }
    }

    /**
     * Adds a data set made in the window (a batch of reruns) as a source of its own; {@code source} is the file it
     * was saved to, which a workspace reopens. A source already listed under that path is replaced.
     */
    public void addDataset(Path source, TrendDataset dataset) {
        FxThread.assertFxThread();
        items.removeIf(s -> s.isDataset() && s.path().equals(source));
        items.add(new SourceItem(source, dataset, List.of(), List.of(), null));
        status.set("added " + dataset.name() + " (" + dataset.points().size() + " point(s))");
    }

    public void remove(SourceItem item) {
        FxThread.assertFxThread();
        items.remove(item);
    }

    /** Removes every source (before a workspace is opened). */
    public void clear() {
        FxThread.assertFxThread();
        items.clear();
    }

    /**
     * Reads a CSV file's header in the background and hands it to {@code then} on the FX thread (the column
     * dialog); a file that cannot be read gives a status message instead.
     */
    public void readHeader(SourceItem item, Consumer<List<String>> then) {
        FxThread.assertFxThread();
        runner.run("Reading the header of " + item.path().getFileName(),
                (progress, cancel) -> TrendCsvReader.header(item.path()), then,
                failure -> status.set("could not read the header: " + failure.getMessage()));
    }

    /**
     * Rereads a CSV file as a data set with the given date and value columns (null: detect) and puts it in place
     * of {@code item}; remembered for later reloads and saved with the workspace.
     */
    public void chooseColumns(SourceItem item, String dateColumn, String valueColumn) {
        FxThread.assertFxThread();
        ColumnChoice choice = new ColumnChoice(dateColumn, valueColumn, null);
        chosenColumns.put(item.path(), choice);
        status.set("rereading " + item.path().getFileName());
        runner.run("Rereading " + item.path().getFileName(), (progress, cancel) -> chosenDataset(item.path(), choice,
                cancel), reread -> {
                    int at = items.indexOf(item);
                    SourceItem replacement = new SourceItem(reread.path(), reread.dataset(), reread.runs(),
                            reread.problems(), item.hidden());
                    if (at >= 0) {
                        items.set(at, replacement);
                    } else {
                        items.add(replacement);
                    }
                    status.set(reread.isDataset() ? "read " + item.path().getFileName() + " with date column '"
                            + reread.dataset().provenance().parameters().get("dateColumn") + "' and value column '"
                            + reread.dataset().valueLabel() + "'" : "no data set with those columns");
                }, failure -> status.set("could not reread " + item.path().getFileName() + ": " + failure.getMessage()));
    }

    /** The date and value columns chosen for a CSV file, or null when they are detected. */
    public ColumnChoice chosenColumns(Path path) {
        FxThread.assertFxThread();
        return chosenColumns.get(path);
    }

    /** Columns to use for a CSV file when it is loaded again (a workspace's saved choice). */
    public void rememberColumns(Path path, ColumnChoice choice) {
        FxThread.assertFxThread();
        chosenColumns.put(path, choice);
    }

    /** A CSV read with columns the user chose: the valid rows as a data set, the rest as problems. */
    private SourceItem chosenDataset(Path p, ColumnChoice choice, CancellationToken cancel) throws IOException {
        ParseResult<TrendDataset> r = datasetReader.read(p, choice, cancel);
        TrendDataset dataset = r.value().points().isEmpty() ? null : r.value();
        return new SourceItem(p, dataset, List.of(), r.problems(), null);
    }

    /** Runs on a worker thread: one source per dropped path. */
    private List<SourceItem> read(List<Path> paths, Map<Path, ColumnChoice> choices, ProgressSink progress,
                                  CancellationToken cancel) {
        List<SourceItem> out = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            cancel.throwIfCancelled();
            Path p = paths.get(i);
            double base = i / (double) paths.size();
            ProgressSink scaled = (f, m) -> progress.progress(f < 0 ? -1 : base + f / paths.size(), m);
            try {
                out.addAll(readOne(p, choices.get(p), scaled, cancel));
            } catch (IOException e) {
                // One unreadable path (permissions, vanished, a device error) must not cost the others.
                out.add(new SourceItem(p, null, List.of(), List.of(Problem.error(p.toString(), "",
                        "could not be read: " + e.getMessage())), null));
            }
        }
        return out;
    }

    private List<SourceItem> readOne(Path p, ColumnChoice chosen, ProgressSink progress, CancellationToken cancel)
            throws IOException {
        if (chosen != null && Files.isRegularFile(p)) {
            return List.of(chosenDataset(p, chosen, cancel));
        }
        if (SweepSummaryReader.isSweepFolder(p)) {
            return sweep(p);
        }
        TrendDataset dataset = tryDataset(p, cancel);
        if (dataset != null) {
            return List.of(new SourceItem(p, dataset, List.of(), List.of(), null));
        }
        ParseResult<List<Run>> r = runSource.load(List.of(p), progress, cancel);
        List<RunItem> runs = r.value().stream().map(RunItem::new).toList();
        List<Problem> problems = r.problems();
        if (runs.isEmpty() && problems.isEmpty()) {
            problems = List.of(Problem.error(p.toString(), "", "no training runs or data set found here"));
        }
        return List.of(new SourceItem(p, null, runs, problems, null));
    }

    /** A sweep's output folder: one data set per (data set, target) of its grid; the problems go with the first. */
    private static List<SourceItem> sweep(Path dir) throws IOException {
        ParseResult<List<TrendDataset>> r = new SweepSummaryReader().read(dir);
        List<SourceItem> out = new ArrayList<>();
        for (TrendDataset d : r.value()) {
            out.add(new SourceItem(dir, d, List.of(), out.isEmpty() ? r.problems() : List.of(), null));
        }
        if (out.isEmpty()) {
            List<Problem> problems = new ArrayList<>(r.problems());
            problems.add(Problem.error(dir.toString(), SweepSummaryReader.SUMMARY, "no complete cells in this sweep yet"));
            out.add(new SourceItem(dir, null, List.of(), problems, null));
        }
        return out;
    }

    /** A CSV that reads as a dated data set with no errors is a trend data set. */
    private TrendDataset tryDataset(Path p, CancellationToken cancel) throws IOException {
        if (!Files.isRegularFile(p) || !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return null;
        }
        ParseResult<TrendDataset> r = datasetReader.read(p, ColumnChoice.DETECT, cancel);
        return r.hasErrors() || r.value().points().isEmpty() ? null : r.value();
    }

    private void remember(Path p) {
        recent.remove(p);
        recent.add(0, p);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
    }

    public ObservableList<SourceItem> items() {
        return items;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    /** The load in progress (progress, message, cancel), or null. */
    public ReadOnlyObjectProperty<TaskHandle> currentLoadProperty() {
        return currentLoad.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
