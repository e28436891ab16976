// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TextField;

/**
 * A text field for a number bound to a property: typed text is committed on Enter or when focus leaves, empty text
 * is NaN, and text that is not a number is put back to the property's value (never silently kept).
 */
final class NumberFields {
    private NumberFields() {
    }

    static TextField bound(DoubleProperty property, String id, String prompt) {
        TextField f = new TextField(show(property.get()));
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(7);
        Runnable commit = () -> {
            String text = f.getText() == null ? "" : f.getText().strip();
            try {
                property.set(text.isEmpty() ? Double.NaN : Double.parseDouble(text));
            } catch (NumberFormatException e) {
                f.setText(show(property.get()));
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        property.addListener((obs, old, v) -> {
            if (!f.isFocused()) {
                f.setText(show(v.doubleValue()));
            }
        });
        return f;
    }

    private static String show(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%s", v);
    }
}
