// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.export.ExportService;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders the window (trend and curve tabs, light and dark) to docs/screenshots/ for the documentation.
 * Opt-in: {@code mvn -o test -Dtest=ScreenshotTest -Dscreenshots=true} (the curve tab shows synthetic runs).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Path OUT = Path.of("docs", "screenshots");
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        window = TestWindows.open(stage, new BackgroundRunner(2), new FakeDialogs());
        stage.show();
    }

    @Test
    void renderWindowScreenshots() throws Exception {
        assumeTrue(Boolean.getBoolean("screenshots"), "opt-in with -Dscreenshots=true");
        Files.createDirectories(OUT);
        MainViewModel vm = window.viewModel();
        onFx(() -> vm.sources().load(List.of(SampleDataFiles.HB20_ALEXNET.toAbsolutePath(), Path.of("synthetic"))));
        waitFor("loaded", () -> vm.sources().items().size() == 2 && vm.trend().specProperty().get() != null
                && !vm.trend().specProperty().get().fits().isEmpty());
        Thread.sleep(500);
        shoot("window-trend-light.png");
        onFx(() -> {
            LocalDate d = LocalDate.of(2019, 1, 1);
            for (RunItem r : vm.sources().items().get(1).runs()) {
                r.dateProperty().set(d);
                d = d.plusMonths(8);
            }
            vm.curves().xQuantityProperty().set(XQuantity.COMPUTE);
            vm.curves().logXProperty().set(true);
            vm.curves().smoothingProperty().set(0.9);
            vm.curves().targetProperty().set(0.3);
            window.view().selectTab(1);
        });
        waitFor("curves", () -> vm.curves().curvesProperty().get().size() == 3);
        Thread.sleep(500);
        shoot("window-curves-light.png");
        onFx(() -> vm.workspace().themeProperty().set("dark"));
        Thread.sleep(300);
        shoot("window-curves-dark.png");
        onFx(() -> window.view().selectTab(0));
        Thread.sleep(300);
        shoot("window-trend-dark.png");
        assertTrue(Files.size(OUT.resolve("window-trend-dark.png")) > 20_000);
    }

    private void shoot(String name) throws Exception {
        ExportService export = new ExportService();
        WritableImage img = onFx(() -> window.scene().snapshot(null));
        export.writePng(img, OUT.resolve(name));
    }
}
