// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;

import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.load.SourceItem;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.rerun.RerunsViewModel;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.trend.TrendViewModel;
import org.algoeff.workbench.ui.workspace.WorkspaceViewModel;

/**
 * Ties the feature ViewModels together: visible data-set sources and the runs data set feed the trend chart,
 * visible runs the curve chart and the runs table; the curve chart marks where each run reaches the runs table's
 * target. FX thread only; no Nodes.
 */
public final class MainViewModel {
    private final SourcesViewModel sources;
    private final TrendViewModel trend;
    private final CurveViewModel curves;
    private final WorkspaceViewModel workspace;
    private final RerunsViewModel reruns;
    private final RunsViewModel runs;

    public MainViewModel(SourcesViewModel sources, TrendViewModel trend, CurveViewModel curves, RunsViewModel runs,
                         WorkspaceViewModel workspace, RerunsViewModel reruns) {
        this.reruns = reruns;
        this.sources = sources;
        this.trend = trend;
        this.curves = curves;
        this.runs = runs;
        this.workspace = workspace;
        // One target for the whole window: the curve chart's target field edits the runs table's question.
        curves.targetProperty().bindBidirectional(runs.targetProperty());
        curves.lowerIsBetterProperty().bindBidirectional(runs.lowerIsBetterProperty());
        curves.targetMetricProperty().bind(runs.metricProperty());
        curves.targetSmoothingProperty().bind(runs.smoothingProperty());
        runs.datasetProperty().addListener((obs, old, now) -> {
            // The runs data set is renamed with its target; a fit that followed it keeps following it.
            if (old != null && now != null && old.name().equals(trend.fittedProperty().get())) {
                trend.fittedProperty().set(now.name());
            }
            publish();
        });
        sources.items().addListener((ListChangeListener<SourceItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            publish();
        });
        sources.items().forEach(this::watch);
    }

    /** Re-publishes when the user hides/shows a source or run, or sets a run's date. */
    private void watch(SourceItem s) {
        s.hidden().addListener((Observable o) -> publish());
        for (RunItem r : s.runs()) {
            r.hiddenProperty().addListener((Observable o) -> publish());
        }
    }

    private void publish() {
        FxThread.assertFxThread();
        List<TrendDataset> sets = new ArrayList<>(sources.items().stream()
                .filter(s -> s.isDataset() && !s.hidden().get()).map(SourceItem::dataset).toList());
        if (runs.datasetProperty().get() != null) {
            sets.add(runs.datasetProperty().get());
        }
        if (!sets.equals(trend.datasets())) {
            trend.datasets().setAll(sets);
        }
        List<RunItem> visible = sources.items().stream().filter(s -> !s.isDataset() && !s.hidden().get())
                .flatMap(s -> s.runs().stream()).filter(r -> !r.hiddenProperty().get()).toList();
        if (!visible.equals(curves.runs())) {
            curves.runs().setAll(visible);
        }
        if (!visible.equals(runs.runs())) {
            runs.runs().setAll(visible);
        }
    }

    /** Loads the shipped data set the window opens with, and counts that as the saved state. */
    public void openStartupData(Path dataset) {
        // The shipped HB20 data open as HB20 drew them: its 16-month figure is a frontier fit (every other setting
        // stays as it is, FitOptions.DEFAULT in a new window).
        trend.frontierOnlyProperty().set(true);
        sources.load(List.of(dataset), workspace::markClean);
    }

    /**
     * Opens what the app was started with (a double-clicked workspace, files given on the command line):
     * workspace files open as workspaces, everything else loads as a dropped file or folder.
     */
    public void openPaths(List<Path> paths) {
        FxThread.assertFxThread();
        List<File> others = new ArrayList<>();
        for (Path path : paths) {
            if (path.getFileName() != null && path.getFileName().toString().endsWith(WorkspaceViewModel.EXTENSION)) {
                workspace.open(path);
            } else {
                others.add(path.toFile());
            }
        }
        if (!others.isEmpty()) {
            sources.onFilesDropped(others);
        }
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public TrendViewModel trend() {
        return trend;
    }

    public CurveViewModel curves() {
        return curves;
    }

    /** The runs table and its data set. */
    public RunsViewModel runs() {
        return runs;
    }

    /** The Reruns panel. */
    public RerunsViewModel reruns() {
        return reruns;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
