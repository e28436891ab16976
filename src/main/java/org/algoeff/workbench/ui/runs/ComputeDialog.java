// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.algoeff.workbench.analysis.ctt.ComputeSource;

/**
 * Asks how to count the training compute of one or several runs: the log's own FLOPs (auto), FLOPs per optimiser
 * step, 6 x parameters x tokens per step, or a logged series of cumulative FLOPs. The same choices as the CLI's
 * {@code --flops-per-step}, {@code --params/--tokens-per-step} and {@code --flops-tag}.
 */
public final class ComputeDialog {
    /** The kinds offered, in the order shown. */
    static final List<String> KINDS = List.of("the log's own FLOPs (auto)", "FLOPs per step",
            "6 x parameters x tokens per step", "a series of cumulative FLOPs");

    private ComputeDialog() {
    }

    /**
     * @param owner   the window the dialog belongs to (it opens centred on it), or null
     * @param what    the run(s) asked about, e.g. "3 runs"
     * @param current the source in use (null: auto)
     * @param tags    series the runs have, offered for a FLOPs series
     * @return the chosen source ({@link ComputeSource.LoggedFlops} for auto); empty when cancelled
     */
    public static Optional<ComputeSource> ask(Window owner, String what, ComputeSource current, List<String> tags) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("computeKind");
        kind.getItems().setAll(KINDS);
        TextField perStep = number("computeFlopsPerStep", "e.g. 1.2e15");
        TextField params = number("computeParams", "e.g. 1.24e8");
        TextField tokens = number("computeTokens", "e.g. 524288");
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("computeTag");
        tag.getItems().setAll(tags);
        tag.setEditable(true);
        fill(current, kind, perStep, params, tokens, tag);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Compute from"), kind);
        grid.addRow(1, new Label("FLOPs per step"), perStep);
        grid.addRow(2, new Label("Parameters"), params);
        grid.addRow(3, new Label("Tokens per step"), tokens);
        grid.addRow(4, new Label("FLOPs series"), tag);
        Label error = new Label();
        error.getStyleClass().add("problem-row");
        grid.add(error, 0, 5, 2, 1);
        enableFor(kind, List.of(perStep), 1);
        enableFor(kind, List.of(params, tokens), 2);
        enableFor(kind, List.of(tag), 3);
        Dialog<ComputeSource> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Compute of " + what);
        d.setHeaderText("How should the training compute of " + what + " be counted?");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read(kind, perStep, params, tokens, tag);
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? read(kind, perStep, params, tokens, tag) : null);
        return d.showAndWait();
    }

    private static void fill(ComputeSource current, ComboBox<String> kind, TextField perStep, TextField params,
                             TextField tokens, ComboBox<String> tag) {
        if (current instanceof ComputeSource.FlopsPerStep f) {
            kind.setValue(KINDS.get(1));
            perStep.setText(Double.toString(f.flopsPerStep()));
        } else if (current instanceof ComputeSource.SixND n) {
            kind.setValue(KINDS.get(2));
            params.setText(Double.toString(n.parameters()));
            tokens.setText(Double.toString(n.tokensPerStep()));
        } else if (current instanceof ComputeSource.FlopsTag t) {
            kind.setValue(KINDS.get(3));
            tag.setValue(t.tag());
        } else {
            kind.setValue(KINDS.get(0));
        }
    }

    /** @throws IllegalArgumentException naming the field that is not a positive number */
    static ComputeSource read(ComboBox<String> kind, TextField perStep, TextField params, TextField tokens,
                              ComboBox<String> tag) {
        return switch (KINDS.indexOf(kind.getValue())) {
            case 1 -> new ComputeSource.FlopsPerStep(positive("FLOPs per step", perStep.getText()));
            case 2 -> new ComputeSource.SixND(positive("parameters", params.getText()),
                    positive("tokens per step", tokens.getText()));
            case 3 -> {
                String t = tag.getEditor().getText() == null || tag.getEditor().getText().isBlank() ? tag.getValue()
                        : tag.getEditor().getText().strip();
                if (t == null || t.isBlank()) {
                    throw new IllegalArgumentException("choose the series of cumulative FLOPs");
                }
                yield new ComputeSource.FlopsTag(t);
            }
            default -> new ComputeSource.LoggedFlops();
        };
    }

    private static double positive(String name, String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number, e.g. 1.2e15");
    }

    private static TextField number(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static void enableFor(ComboBox<String> kind, List<? extends Node> fields, int index) {
        Runnable update = () -> fields.forEach(f -> f.setDisable(KINDS.indexOf(kind.getValue()) != index));
        kind.valueProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }
}
