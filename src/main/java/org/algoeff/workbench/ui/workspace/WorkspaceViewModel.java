// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

import org.algoeff.workbench.analysis.HardwareTrends;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.workspace.ComputeSources;
import org.algoeff.workbench.io.workspace.Workspace;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.load.SourceItem;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.task.SyncRunner;
import org.algoeff.workbench.ui.task.TaskRunner;
import org.algoeff.workbench.ui.trend.TrendViewModel;

/**
 * Saves and reopens everything the user set up as a {@link Workspace}, tracks unsaved changes, and asks before
 * losing them on close (through {@link DialogService}, so it is testable). FX thread only; no Nodes.
 */
public final class WorkspaceViewModel {
    /** File name ending of workspaces. */
    public static final String EXTENSION = ".algoeff";
    private final SourcesViewModel sources;
    private final TrendViewModel trend;
    private final CurveViewModel curves;
    private final RunsViewModel runs;
    private final WorkspaceStore store;
    private final DialogService dialogs;
    private final TaskRunner runner;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>("light");
    private final ObjectProperty<FigureSettings> figure = new SimpleObjectProperty<>(FigureSettings.DEFAULT);

    /** Reads workspaces on the calling thread (tests); the window passes its background runner. */
    public WorkspaceViewModel(SourcesViewModel sources, TrendViewModel trend, CurveViewModel curves,
                              RunsViewModel runs, WorkspaceStore store, DialogService dialogs) {
        this(sources, trend, curves, runs, store, dialogs, new SyncRunner());
    }

    /** @param runner where workspace files are read (off the FX thread: a file may be slow or never end) */
    public WorkspaceViewModel(SourcesViewModel sources, TrendViewModel trend, CurveViewModel curves,
                              RunsViewModel runs, WorkspaceStore store, DialogService dialogs, TaskRunner runner) {
        this.runner = runner;
        this.sources = sources;
        this.trend = trend;
        this.curves = curves;
        this.runs = runs;
        this.store = store;
        this.dialogs = dialogs;
        for (Observable o : List.<Observable>of(sources.items(), trend.fitSettings().optionsProperty(), trend.breakpointsProperty(), trend.hardwareProperty(), trend.doublingMonthsProperty(), trend.titleProperty(),
                trend.overlayVisibleProperty(), trend.anchorProperty(), trend.fittedProperty(),
                curves.tags().ticked(), curves.tags().filterProperty(), curves.xQuantityProperty(), curves.logXProperty(),
                curves.logYProperty(), curves.smoothingProperty(), runs.metricProperty(), runs.targetProperty(),
                runs.lowerIsBetterProperty(), runs.smoothingProperty(), theme, figure)) {
            o.addListener(ignored -> dirty.set(true));
        }
        sources.items().addListener((ListChangeListener<SourceItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watchEdits);
            }
        });
    }

    /** A run's name, date, compute source or hidden flag changed by the user is an unsaved change. */
    private void watchEdits(SourceItem s) {
        for (RunItem r : s.runs()) {
            for (Observable o : List.<Observable>of(r.displayNameProperty(), r.dateProperty(), r.computeProperty(),
                    r.hiddenProperty())) {
                o.addListener(ignored -> dirty.set(true));
            }
        }
    }

    /** Saves to the current file, asking for one the first time; true when saved. */
    public boolean save() {
        FxThread.assertFxThread();
        Path target = file.get();
        if (target == null) {
            target = dialogs.chooseSaveFile("Save workspace", EXTENSION).orElse(null);
            if (target == null) {
                return false;
            }
        }
        return saveAs(target);
    }

    public boolean saveAs(Path target) {
        FxThread.assertFxThread();
        try {
            store.save(snapshot(), target);
            file.set(target);
            dirty.set(false);
            return true;
        } catch (IOException e) {
            dialogs.showError("Could not save the workspace", target + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Opens a workspace: read and validated whole in the background, then (only if it is valid) settings applied,
     * sources reloaded in the background and run edits applied. An invalid or unreadable file changes nothing and
     * leaves the window pointing at the workspace it had, so a later Save cannot overwrite a good file with it.
     */
    public void open(Path source) {
        FxThread.assertFxThread();
        if (!confirmReplace("Save the changes to this workspace before opening " + source.getFileName() + "?")) {
            return;
        }
        runner.run("Opening " + source.getFileName(), (progress, cancel) -> store.open(source),
                read -> apply(source, read),
                failure -> dialogs.showError("Could not open the workspace", source + ": " + failure.getMessage()));
    }

    private void apply(Path source, ParseResult<Workspace> read) {
        if (read.hasErrors()) {
            List<String> lines = read.problems().stream().limit(5).map(p -> p.describe()).toList();
            dialogs.showError("Could not open the workspace", String.join("\n", lines)
                    + (read.problems().size() > 5 ? "\n(and " + (read.problems().size() - 5) + " more)" : ""));
            return;
        }
        Workspace w = read.value();
        try {
            WorkspaceApplier.applySettings(w, trend, curves, runs);
        } catch (RuntimeException e) {
            // Validation should have caught it; if not, the state is mixed: never let Save write it over a file.
            file.set(null);
            dirty.set(true);
            dialogs.showError("Could not open the workspace", source + ": " + e.getMessage());
            return;
        }
        theme.set(w.chart().theme() == null ? "light" : w.chart().theme());
        figure.set(w.figure());
        read.problems().stream().findFirst().ifPresent(p -> dialogs.showError("Workspace opened with a warning",
                p.describe()));
        sources.clear();
        for (Workspace.Source s : w.sources()) {
            if (s.dateColumn() != null || s.valueColumn() != null) {
                sources.rememberColumns(Path.of(s.path()), new ColumnChoice(s.dateColumn(), s.valueColumn(), null));
            }
        }
        List<Path> paths = w.sources().stream().filter(s -> !Workspace.Source.COLUMNS_ONLY.equals(s.kind()))
                .map(s -> Path.of(s.path())).toList();
        sources.load(paths, () -> {
            WorkspaceApplier.applyRunEdits(w, sources);
            WorkspaceApplier.applyDatasetChoices(w, trend);
            file.set(source);
            dirty.set(false);
        });
        file.set(source);
    }

    /** Whether the window may close: asks to save when there are unsaved changes. */
    public boolean confirmClose() {
        FxThread.assertFxThread();
        return confirmReplace("Save the changes to this workspace before closing?");
    }

    /** Whether the current state may be replaced: true when saved, or after Save or Don't save. */
    private boolean confirmReplace(String question) {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.confirmUnsaved(question)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The current state as a workspace record. */
    public Workspace snapshot() {
        List<Workspace.Source> srcs = new ArrayList<>();
        List<Workspace.RunEdit> edits = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (SourceItem s : sources.items()) {
            // A sweep folder gives one item per target; reopening the folder brings them all back.
            // A data set found in a dropped folder comes back with the folder: the folder is what is saved.
            if (listed.add(s.root())) {
                ColumnChoice columns = sources.chosenColumns(s.root());
                srcs.add(new Workspace.Source(s.root().toString(), s.isDataset() && s.root().equals(s.path())
                        ? "dataset" : "runs",
                        columns == null ? null : columns.dateColumn(),
                        columns == null ? null : columns.valueColumn(), s.hidden().get()));
            }
            ColumnChoice inner = s.root().equals(s.path()) ? null : sources.chosenColumns(s.path());
            if (inner != null && listed.add(s.path())) {
                // A CSV of a dropped folder read as a data set with chosen columns: the choice, not a source to load.
                srcs.add(new Workspace.Source(s.path().toString(), Workspace.Source.COLUMNS_ONLY, inner.dateColumn(),
                        inner.valueColumn(), s.hidden().get()));
            }
            for (RunItem r : s.runs()) {
                LocalDate d = r.dateProperty().get();
                edits.add(new Workspace.RunEdit(s.root().toString(), r.run().name(), r.displayNameProperty().get(),
                        d == null ? null : d.toString(), r.hiddenProperty().get(), r.run().id(),
                        ComputeSources.save(r.computeProperty().get())));
            }
        }
        HardwareTrend h = trend.hardwareProperty().get();
        TrendPoint anchor = trend.anchorProperty().get();
        List<Workspace.Overlay> overlays = h == null || !trend.overlayVisibleProperty().get() ? List.of()
                : List.of(new Workspace.Overlay(h.name(), trend.doublingMonthsProperty().get(),
                        anchor == null ? null : anchor.date().toString(), anchor == null ? 0 : anchor.value()));
        double target = runs.targetProperty().get();
        double smoothing = runs.smoothingProperty().get();
        return new Workspace(Workspace.SCHEMA_VERSION, srcs, edits,
                Double.isFinite(target) ? new Workspace.Target(runs.metricProperty().get(), target,
                        runs.lowerIsBetterProperty().get(), smoothing > 0 ? smoothing : null) : null,
                trend.fitSettings().optionsProperty().get(), trend.fittedProperty().get(),
                overlays, new Workspace.Chart(firstPlotted(), xName(curves.xQuantityProperty().get()),
                        curves.logXProperty().get(), curves.logYProperty().get(), curves.smoothingProperty().get(),
                        theme.get(), trend.titleProperty().get(), List.copyOf(curves.tags().ticked()),
                        curves.tags().filterProperty().get()), trend.breakpointsProperty().get(), figure.get());
    }

    /** The first plotted series: what workspaces written before several series existed read. */
    private String firstPlotted() {
        List<String> plotted = curves.tags().plotted();
        return plotted.isEmpty() ? null : plotted.get(0);
    }

    static String xName(XQuantity q) {
        return switch (q) {
            case STEP -> "step";
            case WALL_TIME -> "wall";
            case COMPUTE -> "compute";
        };
    }

    static HardwareTrend hardwareNamed(String name) {
        return HardwareTrends.named(name).orElse(HardwareTrends.MOORE);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "light" or "dark". */
    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    /** The figure settings every export uses (size, DPI, font, texts, legend, labels); saved in the workspace. */
    public ObjectProperty<FigureSettings> figureProperty() {
        return figure;
    }

    /** Marks the current state as saved (e.g. after the start-up sample data loaded). */
    public void markClean() {
        dirty.set(false);
    }
}
