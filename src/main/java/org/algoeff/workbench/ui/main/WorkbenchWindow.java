// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.algoeff.workbench.analysis.EffectiveCompute;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.io.dataset.SampleData;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.effective.EffectiveComputeViewModel;
import org.algoeff.workbench.ui.export.ExportActions;
import org.algoeff.workbench.ui.export.ExportService;
import org.algoeff.workbench.ui.load.SourceLoader;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.rerun.RerunResultsFolder;
import org.algoeff.workbench.ui.rerun.RerunsViewModel;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.sensitivity.SensitivityViewModel;
import org.algoeff.workbench.ui.settings.SettingsKeeper;
import org.algoeff.workbench.ui.task.LatestWins;
import org.algoeff.workbench.ui.task.TaskRunner;
import org.algoeff.workbench.ui.trend.TrendViewModel;
import org.algoeff.workbench.ui.workspace.DialogService;
import org.algoeff.workbench.ui.workspace.FxDialogService;
import org.algoeff.workbench.ui.workspace.WorkspaceViewModel;

/**
 * Assembles the window from services: ViewModels, views, menus, theme, drag and drop, close confirmation.
 * Used by {@code app.WorkbenchApp} and by the UI tests (with a synchronous runner and fake dialogs).
 */
public final class WorkbenchWindow {
    private static final String CSS_DIR = "/org/algoeff/workbench/ui/";
    private final MainViewModel vm;
    private final MainView view;
    private final ExportActions export;
    private final Scene scene;
    private final WindowGeometry geometry;

    /**
     * @param debounceMillis quiet time before a refit starts (about 250 in the window, 0 in tests)
     * @param dialogs        dialogs, or null for JavaFX dialogs owned by {@code stage}
     */
    public WorkbenchWindow(Stage stage, TaskRunner runner, double debounceMillis, SourceLoader runSource,
                           TrendCsvReader datasetReader, TrendChartComposer composer, WorkspaceStore store,
                           DialogService dialogs) {
        this(stage, runner, debounceMillis, runSource, datasetReader, composer, store, dialogs, new RerunService(),
                SampleData.root().map(r -> r.resolve("mnist-10k")).orElse(Path.of("sample-data", "mnist-10k")), null);
    }

    /**
     * @param reruns    the rerun service (ND4J loads inside it on the first Start, never before)
     * @param rerunData the MNIST-style folder the Reruns panel trains on
     * @param rerunResults the folder where each batch of reruns is saved as a trend CSV (null: not saved)
     */
    public WorkbenchWindow(Stage stage, TaskRunner runner, double debounceMillis, SourceLoader runSource,
                           TrendCsvReader datasetReader, TrendChartComposer composer, WorkspaceStore store,
                           DialogService dialogs, RerunService reruns, Path rerunData, Path rerunResults) {
        DialogService d = dialogs != null ? dialogs : new FxDialogService(stage);
        SourcesViewModel sources = new SourcesViewModel(runner, runSource, datasetReader, d);
        TrendViewModel trend = new TrendViewModel(composer, new LatestWins(runner, debounceMillis));
        CurveViewModel curves = new CurveViewModel(new LatestWins(runner, debounceMillis));
        RunsViewModel runs = new RunsViewModel(new RunsTrendService(ToolVersion.current(), Clock.systemUTC()),
                new LatestWins(runner, debounceMillis));
        WorkspaceViewModel workspace = new WorkspaceViewModel(sources, trend, curves, runs, store, d, runner);
        sources.setWorkspaceOpener(workspace::open);
        TrendFitter fitter = new TrendFitter(ToolVersion.current());
        // The batch's halving-vs-target panel fits on the shared pool, not behind the next batch on the rerun thread.
        RerunsViewModel rerunsVm = new RerunsViewModel(runner.serial(), reruns, fitter, rerunData,
                rerunResults == null ? null : new RerunResultsFolder(rerunResults, datasetReader),
                sources::addDataset, new SensitivityViewModel(fitter, new LatestWins(runner, debounceMillis)));
        EffectiveComputeViewModel effective = new EffectiveComputeViewModel(new EffectiveCompute(fitter),
                new LatestWins(runner, debounceMillis));
        vm = new MainViewModel(sources, trend, curves, runs, workspace, rerunsVm, effective);
        view = new MainView(vm);
        export = new ExportActions(new ExportService(), runner, d, view::currentSpec, workspace.figureProperty(),
                view::showMessage);
        view.setTop(new MenuFactory(vm, view, export, d, () -> {
            if (workspace.confirmClose()) {
                Platform.exit();
            }
        }).build());
        // Never larger than the screen (small laptops; Monocle's headless screen is 1280x800).
        geometry = new WindowGeometry(stage, view);
        scene = new Scene(view.root(), geometry.sceneWidth(), geometry.sceneHeight());
        applyTheme(workspace.themeProperty().get());
        workspace.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "AlgoEff Workbench"
                + (workspace.fileProperty().get() == null ? "" : " - " + workspace.fileProperty().get().getFileName())
                + (workspace.dirtyProperty().get() ? " *" : ""), workspace.fileProperty(), workspace.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!workspace.confirmClose()) {
                e.consume();
            }
        });
    }

    /** Restores the last session's window size, place and pane widths from {@code settings}, and keeps them there. */
    public void rememberLayout(SettingsKeeper settings) {
        geometry.remember(settings);
    }

    /** Opens the window's start-up data set (the shipped Hernandez &amp; Brown table). */
    public void openStartupData(Path dataset) {
        vm.openStartupData(dataset);
    }

    private void applyTheme(String theme) {
        String palette = "dark".equals(theme) ? "theme-dark.css" : "theme-light.css";
        scene.getStylesheets().setAll(List.of(css(palette), css("app.css")));
    }

    private static String css(String name) {
        return WorkbenchWindow.class.getResource(CSS_DIR + name).toExternalForm();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** The Export menu's actions (tests drive them with fake dialogs). */
    public ExportActions exportActions() {
        return export;
    }

    public MainView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }
}
