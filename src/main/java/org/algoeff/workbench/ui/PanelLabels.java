// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui;

import javafx.scene.control.Label;

/** The two label styles of the side panels (app.css): section headings and small wrapped hints. */
public final class PanelLabels {
    private PanelLabels() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    public static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }
}
