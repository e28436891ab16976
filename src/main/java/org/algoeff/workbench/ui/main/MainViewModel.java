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
import org.algoeff.workbench.ui.trend.TrendViewModel;
import org.algoeff.workbench.ui.workspace.WorkspaceViewModel;

/**
 * Ties the feature ViewModels together: visible data-set sources feed the trend chart, visible runs the curve
 * chart; "add compute-to-target" copies the curves' crossings onto the trend chart. FX thread only; no Nodes.
 */
public final class MainViewModel {
    private final SourcesViewModel sources;
    private final TrendViewModel trend;
    private final CurveViewModel curves;
    private final WorkspaceViewModel workspace;
    private final RerunsViewModel reruns;

    public MainViewModel(SourcesViewModel sources, TrendViewModel trend, CurveViewModel curves,
                         WorkspaceViewModel workspace, RerunsViewModel reruns) {
        this.reruns = reruns;
        this.sources = sources;
        this.trend = trend;
        this.curves = curves;
        this.workspace = workspace;
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
        List<TrendDataset> sets = sources.items().stream().filter(s -> s.isDataset() && !s.hidden().get())
                .map(SourceItem::dataset).toList();
        if (!sets.equals(trend.datasets())) {
            trend.datasets().setAll(sets);
        }
        List<RunItem> runs = sources.items().stream().filter(s -> !s.isDataset() && !s.hidden().get())
                .flatMap(s -> s.runs().stream()).filter(r -> !r.hiddenProperty().get()).toList();
        if (!runs.equals(curves.runs())) {
            curves.runs().setAll(runs);
        }
    }

    /** Puts every dated run's compute-to-target on the trend chart (one action). */
    public int addComputeToTargetToTrend() {
        FxThread.assertFxThread();
        var points = curves.computeToTargetPoints();
        trend.runPoints().setAll(points);
        return points.size();
    }

    /** Loads the shipped data set the window opens with, and counts that as the saved state. */
    public void openStartupData(Path dataset) {
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

    /** The Reruns panel. */
    public RerunsViewModel reruns() {
        return reruns;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
