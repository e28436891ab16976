// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.algoeff.workbench.io.dataset.ColumnChoice;

/** Asks which columns of a CSV hold the date and the value ("(detect)" leaves the choice to the reader). */
final class ColumnDialog {
    static final String DETECT = "(detect)";

    private ColumnDialog() {
    }

    /** {date column, value column}, each null for detection; empty when cancelled. {@code current}: the last choice. */
    static Optional<String[]> ask(Path csv, ColumnChoice current, List<String> header) {
        ComboBox<String> date = combo(header, current == null ? null : current.dateColumn());
        ComboBox<String> value = combo(header, current == null ? null : current.valueColumn());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Date column"), date);
        grid.addRow(1, new Label("Value column"), value);
        Dialog<String[]> d = new Dialog<>();
        d.setTitle("Columns of " + csv.getFileName());
        d.setHeaderText("Which columns hold the publication date and the compute (or other positive value)?");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new String[] {chosen(date), chosen(value)} : null);
        return d.showAndWait();
    }

    private static ComboBox<String> combo(List<String> header, String current) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().add(DETECT);
        c.getItems().addAll(header);
        c.setValue(current == null ? DETECT : current);
        return c;
    }

    private static String chosen(ComboBox<String> c) {
        return c.getValue() == null || DETECT.equals(c.getValue()) ? null : c.getValue();
    }
}
