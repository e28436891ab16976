// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.algoeff.workbench.ui.FxTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression: nothing showed that the window would take the files being dragged over it. */
@ExtendWith(ApplicationExtension.class)
class DragOverTest {
    @TempDir
    Path dir;
    private final BackgroundRunner runner = new BackgroundRunner(2);
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, runner, new FakeDialogs());
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private boolean highlighted() throws Exception {
        return onFx(() -> window.view().root().getPseudoClassStates().contains(PseudoClass.getPseudoClass(
                MainView.DROP_TARGET)));
    }

    @Test
    void theWindowLightsUpWhileFilesAreDraggedOverItAndNotAfter(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("run.steps.csv"), "1,2.0\n2,1.5\n");
        onFx(() -> {
            Label source = new Label("drag me");
            source.setId("dragSource");
            source.setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(file.toFile()));
                source.startDragAndDrop(TransferMode.COPY).setContent(content);
                e.consume();
            });
            ((BorderPane) window.view().root()).setLeft(source);
        });
        Node from = robot.from(window.view().root()).lookup("#dragSource").query();
        Node over = robot.from(window.view().root()).lookup("#chartTabs").query();
        assertFalse(highlighted());
        robot.drag(from).moveTo(over);
        assertTrue(highlighted(), "lit while the files are over the window");
        robot.drop();
        assertFalse(highlighted(), "back to normal after the drop");
        waitFor("loaded", () -> window.viewModel().sources().items().size() == 1);
    }
}
