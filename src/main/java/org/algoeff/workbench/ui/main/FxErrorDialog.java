// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The one error dialog of {@link ErrorReporter}: a non-modal alert owned by the main window. FX thread only. */
public final class FxErrorDialog implements ErrorReporter.View {
    private final Window owner;
    private Alert alert;

    public FxErrorDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(String header, String text, Runnable onDismissed) {
        alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setResizable(true);
        alert.setOnHidden(e -> {
            alert = null;
            onDismissed.run();
        });
        alert.show();
    }

    @Override
    public void update(String text) {
        if (alert != null) {
            alert.setContentText(text);
        }
    }
}
