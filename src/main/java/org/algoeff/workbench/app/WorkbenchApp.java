// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: composition root of the window. Placeholder until the window lands. */
public final class WorkbenchApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("AlgoEff Workbench");
        stage.setScene(new Scene(new Label("AlgoEff Workbench"), 960, 600));
        stage.show();
    }
}
