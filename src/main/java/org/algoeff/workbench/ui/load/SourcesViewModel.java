// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.TaskHandle;
import org.algoeff.workbench.ui.task.TaskRunner;

/**
 * The loaded sources (left panel): loads dropped or opened files and folders in the background, lists each with
 * its format, point count and problems, and keeps a recent-files list. What each path is (data set, runs, sweep,
 * workspace) the {@link SourceLoader} decides, as for {@code plot} and {@code inspect}. FX thread only; no Nodes.
 */
public final class SourcesViewModel {
    /** Entries kept in the recent-files list. */
    public static final int MAX_RECENT = 10;
    private final TaskRunner runner;
    private final SourceLoader loader;
    private final TrendCsvReader datasetReader;
    private final LoadDialogs dialogs;
    /** Opens a workspace file that was dropped or given among other paths. */
    private Consumer<Path> workspaceOpener = p -> { };
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TaskHandle> currentLoad = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Date and value columns the user chose per CSV file; used whenever that file is (re)loaded. */
    private final Map<Path, ColumnChoice> chosenColumns = new HashMap<>();

    /** A view model that asks nobody: a path loaded again is kept beside the first (tests, tools). */
    public SourcesViewModel(TaskRunner runner, SourceLoader loader, TrendCsvReader datasetReader) {
        this(runner, loader, datasetReader, null);
    }

    /** @param dialogs asks whether to replace a source loaded again and shows out-of-memory messages (null: none) */
    public SourcesViewModel(TaskRunner runner, SourceLoader loader, TrendCsvReader datasetReader,
                            LoadDialogs dialogs) {
        this.runner = runner;
        this.loader = loader;
        this.datasetReader = datasetReader;
        this.dialogs = dialogs;
    }

    /** Where a workspace file among the loaded paths goes (the workspace view model opens it). */
    public void setWorkspaceOpener(Consumer<Path> opener) {
        this.workspaceOpener = opener;
    }

    /** What a drop on the window does: loads the files and folders in the background. */
    public void onFilesDropped(List<File> files) {
        load(files.stream().map(File::toPath).toList());
    }

    public void load(List<Path> paths) {
        load(paths, () -> { });
    }

    /**
     * Loads in the background and runs {@code after} on the FX thread once the sources are added. A path already
     * listed asks first: replace it, keep both, or load nothing. A cancelled load adds nothing.
     */
    public void load(List<Path> paths, Runnable after) {
        FxThread.assertFxThread();
        if (paths.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(paths);
        Set<Path> replaced = askAboutLoadedAgain(copy);
        if (replaced == null) {
            status.set("not loaded again: " + describe(copy));
            return;
        }
        start(copy, replaced, after);
    }

    /** Loads {@code paths} in the background; the items listed under {@code replaced} roots give way to them. */
    private void start(List<Path> copy, Set<Path> replaced, Runnable after) {
        Map<Path, ColumnChoice> choices = Map.copyOf(chosenColumns);
        status.set("loading " + describe(copy));
        AtomicReference<TaskHandle> self = new AtomicReference<>();
        TaskHandle handle = runner.run("Loading " + describe(copy),
                (progress, cancel) -> SourceItems.of(copy, loader.load(copy, choices, progress, cancel)),
                built -> {
                    currentLoad.set(null);
                    if (self.get() != null && self.get().isCancelRequested()) {
                        status.set("loading cancelled");
                        return;
                    }
                    added(copy, replaced, built);
                    after.run();
                }, failure -> {
                    status.set("could not load " + describe(copy) + ": " + failure.getMessage());
                    currentLoad.set(null);
                });
        self.set(handle);
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

    /** The paths whose listed items a load replaces (empty: keep both), or null when the user cancelled. */
    private Set<Path> askAboutLoadedAgain(List<Path> paths) {
        List<Path> again = paths.stream().filter(p -> items.stream().anyMatch(i -> i.root().equals(p))).toList();
        if (again.isEmpty() || dialogs == null) {
            return Set.of();
        }
        return switch (dialogs.askReAdd(describe(again) + (again.size() == 1 ? " is" : " are")
                + " already loaded. Replace what is listed, or keep both?")) {
            case REPLACE -> Set.copyOf(again);
            case KEEP_BOTH -> Set.of();
            case CANCEL -> null;
        };
    }

    private void added(List<Path> paths, Set<Path> replaced, SourceItems.Built built) {
        items.removeIf(i -> replaced.contains(i.root()));
        items.addAll(built.items());
        paths.stream().filter(p -> !built.workspaces().contains(p)).forEach(this::remember);
        long problems = built.items().stream().mapToLong(s -> s.problems().size()).sum();
        status.set("loaded " + built.items().size() + " source(s)" + (problems > 0 ? ", " + problems + " problem(s)" : "")
                + (built.outOfMemory().isEmpty() ? "" : "; not enough memory for " + built.outOfMemory().size()));
        if (!built.outOfMemory().isEmpty() && dialogs != null) {
            Problem first = built.outOfMemory().get(0);
            dialogs.showError("Not enough memory to read " + Path.of(first.source()).getFileName(), first.source()
                    + ": " + first.message());
        }
        built.workspaces().forEach(workspaceOpener);
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
        readHeader(item.path(), then);
    }

    /** {@link #readHeader(SourceItem, Consumer)} for any CSV file (one inside a folder source). */
    public void readHeader(Path csv, Consumer<List<String>> then) {
        FxThread.assertFxThread();
        runner.run("Reading the header of " + csv.getFileName(),
                (progress, cancel) -> TrendCsvReader.header(csv), then,
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
                            reread.problems(), item.hidden(), item.root(), item.files());
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

    /**
     * Reads a CSV file of a dropped folder (one read as a training log) as a data set with the given date and value
     * columns: remembered like a single file's choice, and the folder is read again in place.
     */
    public void chooseColumnsInFolder(SourceItem folder, Path csv, String dateColumn, String valueColumn) {
        FxThread.assertFxThread();
        chosenColumns.put(csv, new ColumnChoice(dateColumn, valueColumn, null));
        start(List.of(folder.root()), Set.of(folder.root()), () -> { });
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
