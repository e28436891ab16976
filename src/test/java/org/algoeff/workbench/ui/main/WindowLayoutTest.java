// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.io.settings.UserSettingsStore;
import org.algoeff.workbench.ui.settings.SettingsKeeper;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.task.SyncRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window size, minimum sizes and pane widths (TestFX + Monocle; Monocle's screen is 1280x800). */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    @TempDir
    Path dir;
    private final BackgroundRunner runner = new BackgroundRunner(2);
    private Stage stage;
    private WorkbenchWindow window;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s, runner, new FakeDialogs());
        s.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private double width(String id) throws Exception {
        return onFx(() -> {
            Node n = window.view().root().lookup("#" + id);
            return ((Region) n).getWidth();
        });
    }

    private void resize(double w, double h) throws Exception {
        onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            window.view().root().applyCss();
            window.view().root().layout();
        });
        onFx(() -> window.view().root().layout());
    }

    /** Moves the side panes' dividers as a user's drag does (setting the widths in code is not remembered). */
    private void dragDividersTo(double sources, double settings) throws Exception {
        onFx(() -> {
            Node n = window.view().root().lookup("#sourcesPanel");
            while (!(n instanceof SplitPane)) {
                n = n.getParent();
            }
            SplitPane split = (SplitPane) n;
            double w = split.getWidth();
            split.setDividerPositions(sources / w, 1 - settings / w);
            window.view().root().layout();
        });
    }

    @Test
    void theWindowHasSensibleMinimumSizes() throws Exception {
        assertTrue(onFx(stage::getMinWidth) >= 900, "min width " + onFx(stage::getMinWidth));
        assertTrue(onFx(stage::getMinHeight) >= 600, "min height " + onFx(stage::getMinHeight));
        assertTrue(width("sourcesPanel") == 0 || onFx(() -> ((Region) window.view().root().lookup("#sourcesPanel"))
                .getMinWidth()) >= 160);
    }

    /** Regression: under openbox the window first came up at 200x200; after maximizing, sources stayed ~20 px. */
    @Test
    void panesKeepUsableWidthsAfterStartingTinyAndGrowing() throws Exception {
        resize(320, 240);
        resize(1280, 800);
        assertTrue(width("sourcesPanel") >= 160, "sources " + width("sourcesPanel"));
        assertTrue(width("settingsPanel") >= 250, "settings " + width("settingsPanel"));
        assertTrue(width("chartTabs") >= 0.45 * 1280, "charts " + width("chartTabs"));
    }

    /** Regression: at 1024x700 the chart collapsed to about 190 px. */
    @Test
    void at1024x700TheChartsKeepMostOfTheWidthAndTheirHeight() throws Exception {
        resize(320, 240);
        resize(1024, 700);
        assertTrue(width("sourcesPanel") >= 160, "sources " + width("sourcesPanel"));
        assertTrue(width("settingsPanel") >= 250, "settings " + width("settingsPanel"));
        assertTrue(width("chartTabs") >= 450, "charts " + width("chartTabs"));
        onFx(() -> window.view().selectTab(1));
        resize(1024, 700);
        double plotHeight = onFx(() -> window.view().curveView().chart().node().getHeight());
        assertTrue(plotHeight >= 380, "curve chart height " + plotHeight);
        assertTrue(width("chartTabs") >= 1024 - 2 * SidePanes.SOURCES_DEFAULT, "the fit settings make room for the "
                + "other tabs: " + width("chartTabs"));
        onFx(() -> window.view().selectTab(0));
        resize(1024, 700);
        assertTrue(width("settingsPanel") >= 250, "and come back with the trend chart");
    }

    /**
     * Found on the desktop: under openbox an owned modal dialog (the save dialog, any alert) takes the owner out of
     * maximized, and it stayed so. Monocle has no window manager, so the test does what openbox does.
     */
    @Test
    void aWindowMaximizedByTheUserIsMaximizedAgainWhenADialogCloses() throws Exception {
        onFx(() -> stage.setMaximized(true));
        Stage dialog = onFx(() -> {
            Stage d = new Stage();
            d.initOwner(stage);
            d.initModality(javafx.stage.Modality.WINDOW_MODAL);
            d.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("a dialog"), 200, 100));
            d.show();
            return d;
        });
        onFx(() -> stage.setMaximized(false));
        onFx(() -> dialog.close());
        waitFor("maximized again", stage::isMaximized);
        onFx(() -> stage.setMaximized(false));
        Thread.sleep(100);
        assertTrue(!onFx(stage::isMaximized), "the user's own un-maximize stays");
    }

    @Test
    void geometryAndPaneWidthsAreRememberedAcrossRestarts() throws Exception {
        UserSettingsStore store = new UserSettingsStore(dir.resolve("settings.json"));
        SettingsKeeper keeper = onFx(() -> new SettingsKeeper(store, new SyncRunner()));
        onFx(() -> window.rememberLayout(keeper));
        onFx(() -> {
            stage.setX(30);
            stage.setY(40);
        });
        resize(1100, 720);
        dragDividersTo(310, 270);
        onFx(() -> keeper.flush());

        Stage second = onFx(() -> new Stage());
        WorkbenchWindow again = onFx(() -> TestWindows.open(second, runner, new FakeDialogs()));
        SettingsKeeper reread = onFx(() -> new SettingsKeeper(store, new SyncRunner()));
        onFx(() -> {
            again.rememberLayout(reread);
            second.show();
        });
        waitFor("restored", () -> second.getWidth() == 1100);
        assertEquals(720, onFx(second::getHeight), 0.5);
        assertEquals(30, onFx(second::getX), 0.5);
        assertEquals(40, onFx(second::getY), 0.5);
        onFx(() -> again.view().root().layout());
        double sources = onFx(() -> ((Region) again.view().root().lookup("#sourcesPanel")).getWidth());
        assertEquals(310, sources, 6, "sources pane width restored");
        onFx(() -> second.close());
    }
}
