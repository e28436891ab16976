// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.export;

import java.util.Locale;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.FigureSettings.LengthUnit;

/**
 * The figure dialog: the fields of {@link FigureSettings} (the options of {@code algoeff plot}: width x height in
 * cm, mm, inches or pixels, DPI, font size, title, axis titles, legend position, point labels). OK is refused with
 * the reason shown while a value is out of range.
 */
final class FigureDialog {
    private final TextField width = field("width");
    private final TextField height = field("height");
    private final ComboBox<LengthUnit> unit = new ComboBox<>();
    private final TextField dpi = field("dpi");
    private final TextField font = field("fontSize");
    private final TextField title = field("figureTitle");
    private final TextField xLabel = field("xLabel");
    private final TextField yLabel = field("yLabel");
    private final ComboBox<LegendPosition> legend = new ComboBox<>();
    private final CheckBox labels = new CheckBox("Label each point with its name");
    private final Label error = new Label();

    private FigureDialog(FigureSettings s) {
        width.setText(num(s.width()));
        height.setText(num(s.height()));
        unit.getItems().setAll(LengthUnit.values());
        unit.setValue(s.unit());
        unit.setId("unit");
        dpi.setText(Integer.toString(s.dpi()));
        font.setText(num(s.fontSizePt()));
        title.setText(s.title());
        title.setPromptText("the chart's own");
        xLabel.setText(s.xLabel());
        xLabel.setPromptText("the chart's own");
        yLabel.setText(s.yLabel());
        yLabel.setPromptText("the chart's own");
        legend.getItems().setAll(LegendPosition.values());
        legend.setValue(s.legend());
        legend.setId("legendPosition");
        labels.setSelected(s.pointLabels());
        labels.setId("pointLabels");
        error.setId("figureError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(420);
    }

    /** Shows the dialog for {@code current}; the settings entered, or empty when cancelled. */
    static Optional<FigureSettings> ask(Window owner, FigureSettings current) {
        FigureDialog d = new FigureDialog(current);
        Dialog<FigureSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Figure settings");
        dialog.setHeaderText("Size, resolution and text of exported figures (PNG, SVG, PDF); saved in the workspace");
        dialog.getDialogPane().setContent(d.form());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                d.read();
            } catch (IllegalArgumentException ex) {
                d.error.setText(ex.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? d.read() : null);
        return dialog.showAndWait();
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.addRow(row++, new Label("Size"), new HBox(6, width, new Label("x"), height, unit));
        g.addRow(row++, new Label("PNG resolution (dpi)"), dpi);
        g.addRow(row++, new Label("Base font size (pt)"), font);
        g.addRow(row++, new Label("Title"), title);
        g.addRow(row++, new Label("x axis title"), xLabel);
        g.addRow(row++, new Label("y axis title"), yLabel);
        g.addRow(row++, new Label("Legend"), legend);
        g.addRow(row++, new Label("Point labels"), labels);
        g.add(error, 0, row, 2, 1);
        width.setPrefColumnCount(5);
        height.setPrefColumnCount(5);
        return g;
    }

    /** The settings the fields describe; IllegalArgumentException naming the bad field otherwise. */
    FigureSettings read() {
        return new FigureSettings(number(width, "width"), number(height, "height"), unit.getValue(),
                (int) Math.round(number(dpi, "DPI")), number(font, "font size"), title.getText(), xLabel.getText(),
                yLabel.getText(), legend.getValue(), labels.isSelected());
    }

    private static double number(TextField f, String what) {
        try {
            return Double.parseDouble(f.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: '" + f.getText() + "'");
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String num(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", v)).stripTrailingZeros().toPlainString();
    }
}
