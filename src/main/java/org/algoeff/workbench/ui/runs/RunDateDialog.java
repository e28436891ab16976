// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.ui.IsoDates;

/** Asks for a run's date: a date picker that also takes typed ISO text, or back to the date its log records. */
public final class RunDateDialog {
    /** The user's answer: a date, or null for "use the date the log records". */
    public record Answer(LocalDate date) {
    }

    private RunDateDialog() {
    }

    /**
     * @param owner    the window the dialog belongs to (it opens centred on it), or null
     * @param what     the run(s) asked about, e.g. "run-a" or "3 runs"
     * @param current  the date shown first (the run's date in use), or null
     * @param recorded what the log records (shown as a hint), or null
     * @return empty when cancelled
     */
    public static Optional<Answer> ask(Window owner, String what, LocalDate current, RecordedDate recorded) {
        DatePicker picker = IsoDates.picker(current);
        picker.setId("runDatePicker");
        picker.setEditable(true);
        ButtonType useLog = new ButtonType("Use the log's date", ButtonBar.ButtonData.LEFT);
        Dialog<Answer> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Date of " + what);
        d.setHeaderText("When did " + what + " run? (YYYY-MM-DD; 2019-05 and 2019 work too)");
        Label hint = new Label(recorded == null ? "Its log records no time." : "Its log says " + recorded.date()
                + " (" + recorded.origin() + ").");
        d.getDialogPane().setContent(new VBox(8, picker, hint));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, useLog, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b == useLog) {
                return new Answer(null);
            }
            if (b != ButtonType.OK) {
                return null;
            }
            // Typed text is committed on focus loss only; read it here so OK takes what the user sees.
            LocalDate typed = IsoDates.CONVERTER.fromString(picker.getEditor().getText());
            return typed == null ? null : new Answer(typed);
        });
        return d.showAndWait();
    }
}
