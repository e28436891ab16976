// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.main.WorkbenchWindow;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

/**
 * Child-JVM probe for the start-up benchmark: arg "minimal" shows a bare JavaFX window, "workbench" the real one
 * with the HB20 data set. Prints "first-frame-ms N" (JVM start to the first pulse after show) and, for the workbench,
 * "plotted-ms N" (JVM start to the fitted HB20 chart on screen), then exits.
 */
public final class StartupProbe extends Application {
    private static String mode;

    /** Entry point for the child JVM; in a class that does not extend Application (class-path launch check). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            mode = args[0];
            Application.launch(StartupProbe.class);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void start(Stage stage) {
        System.out.println("start-ms " + sinceJvmStart());
        WorkbenchWindow window = null;
        if ("chart".equals(mode)) {
            stage.setScene(new Scene(new org.algoeff.workbench.ui.chart.SpecChart().node(), 1280, 800));
        } else if ("minimal".equals(mode)) {
            stage.setScene(new Scene(new Label("hello"), 1280, 800));
        } else {
            window = new WorkbenchWindow(stage, new BackgroundRunner(2), 250, new LazyPathLoader(RunLoader::new),
                    new TrendCsvReader("bench"), new TrendChartComposer(new TrendFitter("bench")), new WorkspaceStore(),
                    new FakeDialogs());
        }
        System.out.println("built-ms " + sinceJvmStart());
        stage.show();
        System.out.println("shown-ms " + sinceJvmStart());
        WorkbenchWindow w = window;
        if (w != null) {
            w.openStartupData(Path.of("sample-data/hb20/alexnet-level.csv").toAbsolutePath());
        }
        new AnimationTimer() {
            private boolean first = true;

            @Override
            public void handle(long now) {
                if (first) {
                    System.out.println("first-frame-ms " + sinceJvmStart());
                    first = false;
                    if (w == null || "chart".equals(mode)) {
                        stop();
                        Platform.exit();
                    }
                    return;
                }
                if (w != null && w.view().trendView().chart().spec() != null
                        && !w.view().trendView().chart().spec().fits().isEmpty()) {
                    System.out.println("plotted-ms " + sinceJvmStart());
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
