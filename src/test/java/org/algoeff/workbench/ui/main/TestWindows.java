// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.stage.Stage;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.LoadedSource;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.workspace.WorkspaceStore;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.ui.FxTestSupport;
import org.algoeff.workbench.ui.load.LazyPathLoader;
import org.algoeff.workbench.ui.load.SourceLoader;
import org.algoeff.workbench.ui.load.StepCsvTestReader;
import org.algoeff.workbench.ui.task.TaskRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

/**
 * Builds the real window for tests: test reader for "*.steps.csv", synthetic runs for a folder named "synthetic",
 * and for a folder named "from-zero" two runs logged from step 0 (as TensorBoard and CSV logs are).
 */
final class TestWindows {
    private TestWindows() {
    }

    static WorkbenchWindow open(Stage stage, TaskRunner runner, FakeDialogs dialogs) {
        SourceLoader files = new LazyPathLoader(new RunLoader(List.of(new StepCsvTestReader()), Optional.empty()));
        SourceLoader source = (paths, columns, progress, cancel) -> {
            if (paths.size() == 1 && paths.get(0).getFileName().toString().equals("synthetic")) {
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    runs.add(FxTestSupport.syntheticRun("run-" + (char) ('a' + i), 20_000 + 15_000 * i, 1e15 * (i + 1)));
                }
                return outcome(paths.get(0), runs);
            }
            if (paths.size() == 1 && paths.get(0).getFileName().toString().equals("from-zero")) {
                return outcome(paths.get(0), List.of(FxTestSupport.runFromStepZero("zero-a", 5000),
                        FxTestSupport.runFromStepZero("zero-b", 3000)));
            }
            return files.load(paths, columns, progress, cancel);
        };
        WorkbenchWindow w = new WorkbenchWindow(stage, runner, 0, source, new TrendCsvReader("test"),
                new TrendChartComposer(new TrendFitter("test")), new WorkspaceStore(), dialogs);
        w.viewModel().trend().setBootstrap(500, 1);
        return w;
    }

    /** What the loader gives for a folder of runs. */
    static LoadOutcome outcome(java.nio.file.Path root, List<Run> runs) {
        return new LoadOutcome(List.of(new LoadedSource.Runs(root, root, "test", runs, List.of())), List.of());
    }
}
