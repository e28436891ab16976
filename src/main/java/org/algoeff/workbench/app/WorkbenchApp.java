// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.app;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.SampleData;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.settings.UserDirs;
import org.algoeff.workbench.io.settings.UserSettingsStore;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.load.RecentFilesKeeper;
import org.algoeff.workbench.ui.main.ErrorReporter;
import org.algoeff.workbench.ui.main.FxErrorDialog;
import org.algoeff.workbench.ui.main.WorkbenchWindow;
import org.algoeff.workbench.ui.settings.SettingsKeeper;
import org.algoeff.workbench.ui.task.BackgroundRunner;

/** The JavaFX application: composition root of the window. Builds the services and hands them in; no logic. */
public final class WorkbenchApp extends Application {
    /** Refits wait this long for more setting changes before they start. */
    private static final double REFIT_DEBOUNCE_MILLIS = 250;
    /** Settings are saved once changes (window moves and resizes come in bursts) stop for this long. */
    private static final double SETTINGS_QUIET_MILLIS = 400;
    private BackgroundRunner runner;
    private SettingsKeeper settings;

    static void launchWindow(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install(new FxErrorDialog(stage));
        runner = new BackgroundRunner(Math.max(2, Runtime.getRuntime().availableProcessors()));
        String version = ToolVersion.current();
        LazyPathLoader runs = new LazyPathLoader(RunLoader::new);
        WorkbenchWindow window = new WorkbenchWindow(stage, runner, REFIT_DEBOUNCE_MILLIS,
                runs, new TrendCsvReader(version),
                new TrendChartComposer(new TrendFitter(version)), new WorkspaceStore(), null,
                new RerunService(), SampleData.root().map(r -> r.resolve("mnist-10k")).orElse(Path.of("mnist-10k")),
                UserDirs.configDir().resolve("reruns"));
        settings = new SettingsKeeper(UserSettingsStore.inConfigDir(), runner, SETTINGS_QUIET_MILLIS);
        window.rememberLayout(settings);
        stage.show();
        SampleData.file(SampleData.HB20_ALEXNET).ifPresent(window::openStartupData);
        RecentFilesKeeper.attach(window.viewModel().sources(), settings);
        window.viewModel().openPaths(getParameters().getRaw().stream().map(Path::of).toList());
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.flush();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
