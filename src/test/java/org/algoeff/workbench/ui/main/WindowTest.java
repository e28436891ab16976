// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.FigureWriter;
import org.algoeff.workbench.io.export.PngPlotWriter;
import org.algoeff.workbench.testsupport.SampleDataFiles;
import org.algoeff.workbench.ui.load.SourcesViewModelTest;
import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window under TestFX + Monocle (headless). */
@ExtendWith(ApplicationExtension.class)
class WindowTest {
    @TempDir
    static Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final BackgroundRunner runner = new BackgroundRunner(2);
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s, runner, dialogs);
        s.show();
        window.openStartupData(SampleDataFiles.HB20_ALEXNET.toAbsolutePath());
    }

    @Test
    void opensWithTheSampleDataPlottedAndTheReadout() throws Exception {
        waitFor("trend plotted", () -> window.viewModel().trend().specProperty().get() != null
                && !window.viewModel().trend().specProperty().get().fits().isEmpty());
        PlotSpec shown = onFx(() -> window.view().trendView().chart().spec());
        int rows = new org.algoeff.workbench.io.dataset.TrendCsvReader("test").read(SampleDataFiles.HB20_ALEXNET,
                org.algoeff.workbench.io.dataset.ColumnChoice.DETECT, org.algoeff.workbench.task.CancellationToken.NEVER)
                .value().points().size();
        assertEquals(rows, shown.series().get(0).points().size());
        assertTrue(shown.y().log());
        assertTrue(onFx(() -> window.viewModel().trend().readoutProperty().get()).startsWith("halves every 15.9"));
        assertTrue(onFx(() -> !window.viewModel().workspace().dirtyProperty().get()), "start-up data is not a change");
    }

    @Test
    void folderDroppedOnTheWindowLoadsInTheBackground(FxRobot robot) throws Exception {
        Path runs = SourcesViewModelTest.runsFolderFor(dir.resolve("drop"));
        // Wiring test: a real drag gesture (robot) from a node carrying files onto the window.
        onFx(() -> {
            Label source = new Label("drag me");
            source.setId("dragSource");
            source.setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(runs.toFile()));
                source.startDragAndDrop(TransferMode.COPY).setContent(content);
                e.consume();
            });
            ((BorderPane) window.view().root()).setLeft(source);
        });
        // Look nodes up in this window only: other test classes may have left windows open.
        javafx.scene.Node from = robot.from(window.view().root()).lookup("#dragSource").query();
        javafx.scene.Node to = robot.from(window.view().root()).lookup("#sources").query();
        robot.drag(from).dropTo(to);
        waitFor("runs loaded", () -> window.viewModel().sources().items().size() == 2);
        var item = onFx(() -> window.viewModel().sources().items().get(1));
        assertEquals(2, item.runs().size());
        assertEquals(1, item.problems().size(), "the bad line is listed next to its source");
        waitFor("curves", () -> window.viewModel().curves().curvesProperty().get().size() == 2);
    }

    /**
     * The window's PNG 2x export is the CLI's figure painted at 192 dpi (not a 1x picture blown up); a name typed
     * with the wrong extension is corrected, a name is proposed, and the status line says where the file went.
     */
    @Test
    void exportsGoThroughTheFigurePainterWithProposedNameAndCorrectedExtension() throws Exception {
        waitFor("trend plotted", () -> window.viewModel().trend().specProperty().get() != null
                && !window.viewModel().trend().specProperty().get().fits().isEmpty());
        dialogs.saveAnswer = dir.resolve("trend-2x.png");
        Path png = onFx(() -> window.exportActions().export(FigureWriter.Format.PNG,
                FigureSettings.DEFAULT.withDpi(192)).orElseThrow());
        waitFor("PNG written in the background", () -> statusLabel().startsWith("saved to " + png.toAbsolutePath()));
        PlotSpec shown = onFx(() -> window.view().currentSpec());
        BufferedImage back = ImageIO.read(png.toFile());
        BufferedImage fresh = PngPlotWriter.render(shown, FigureSettings.DEFAULT.withDpi(192));
        assertEquals(1920, back.getWidth());
        int differing = 0;
        for (int y = 0; y < back.getHeight(); y += 3) {
            for (int x = 0; x < back.getWidth(); x += 3) {
                differing += fresh.getRGB(x, y) == back.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differing, "the window's PNG is the painter's figure at 192 dpi");
        assertTrue(dialogs.proposedNames.get(dialogs.proposedNames.size() - 1).endsWith(".png"),
                dialogs.proposedNames.toString());
        dialogs.saveAnswer = dir.resolve("figure.png");
        Path svg = onFx(() -> window.exportActions().export(FigureWriter.Format.SVG, FigureSettings.DEFAULT)
                .orElseThrow());
        assertEquals(dir.resolve("figure.svg"), svg, "SVG asked into a .png name is written as .svg");
        waitFor("SVG written", () -> statusLabel().startsWith("saved to " + svg.toAbsolutePath()));
        assertTrue(Files.readString(svg).startsWith("<?xml"));
        String status = onFx(this::statusLabel);
        assertTrue(status.contains("written as .svg"), status);
    }

    /** The status bar's export message; FX thread. */
    private String statusLabel() {
        return ((javafx.scene.control.Label) window.view().root().lookup("#exportStatus")).getText();
    }

    @Test
    void closeWithUnsavedChangesAsksAndCanBeCancelled() throws Exception {
        waitFor("idle", () -> window.viewModel().sources().currentLoadProperty().get() == null);
        onFx(() -> window.viewModel().trend().doublingMonthsProperty().set(30));
        dialogs.unsavedAnswer = org.algoeff.workbench.ui.workspace.DialogService.UnsavedChoice.CANCEL;
        onFx(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(onFx(stage::isShowing), "cancel keeps the window open");
        assertEquals(1, dialogs.asked.size());
    }
}
