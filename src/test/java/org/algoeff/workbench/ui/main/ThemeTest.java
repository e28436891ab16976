// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.algoeff.workbench.ui.task.BackgroundRunner;
import org.algoeff.workbench.ui.workspace.FakeDialogs;

import static org.algoeff.workbench.ui.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The themes as applied (CSS resolved by JavaFX): text on buttons reads in light and dark. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
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

    /** Regression: in the dark theme the Reruns tab's Start button (the default button) looked disabled. */
    @Test
    void everyButtonOnTheRerunsTabReadsInBothThemes() throws Exception {
        for (String theme : List.of("light", "dark")) {
            onFx(() -> {
                window.viewModel().workspace().themeProperty().set(theme);
                window.view().selectTab(3);
                window.view().root().applyCss();
                window.view().root().layout();
            });
            List<Button> buttons = onFx(() -> window.view().root().lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && !b.isDisabled() && b.isVisible()).map(n -> (Button) n)
                    .toList());
            assertTrue(buttons.stream().anyMatch(b -> "rerunStart".equals(b.getId())), "Start is enabled and found");
            for (Button b : buttons) {
                double contrast = onFx(() -> contrast((Color) b.getTextFill(), background(b)));
                assertTrue(contrast >= 4.5, theme + ": '" + b.getText() + "' text contrast " + contrast);
            }
        }
    }

    /** The topmost opaque background fill of a button (Modena layers several; the face is last). */
    private static Color background(Button b) {
        List<BackgroundFill> fills = b.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                return c;
            }
        }
        throw new AssertionError("no opaque fill on " + b.getText());
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
