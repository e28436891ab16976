// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.sensitivity;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import org.algoeff.workbench.ui.chart.SpecChart;

/**
 * The "halving time vs target" panel: the targets field on top (with room for a control of the owner's, such as
 * the runs' "follow a target"), the chart, and a readout line per target underneath. Builds and binds nodes only.
 */
public final class SensitivityView {
    private static final String WARNINGS_STYLE = "fit-warnings";
    private final SensitivityViewModel vm;
    private final SpecChart chart = new SpecChart();
    private final BorderPane root = new BorderPane();
    private final FlowPane controls;

    /** @param idPrefix prefix of the nodes' ids ("runs", "reruns"), so tests and the desktop kit find them */
    public SensitivityView(SensitivityViewModel vm, String idPrefix) {
        this.vm = vm;
        TextField targets = new TextField();
        targets.setId(idPrefix + "SensitivityTargets");
        targets.setPromptText("0.90:0.96:0.01 or 0.9,0.945,0.96");
        targets.setPrefColumnCount(16);
        targets.textProperty().bindBidirectional(vm.targetsTextProperty());
        targets.setTooltip(new Tooltip("Targets to fit the halving time at: FROM:TO:STEP (both ends included) or a "
                + "comma list"));
        // The targets apply as typed, so Enter has nothing to do here; without a handler of its own the field
        // passes Enter on to the owner's default button, and the Reruns tab's Start began a whole batch.
        targets.setOnAction(e -> e.consume());
        Label error = new Label();
        error.getStyleClass().add(WARNINGS_STYLE);
        error.textProperty().bind(vm.errorProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        controls = new FlowPane(8, 6, new Label("Halving time vs target at"), targets, busy, error);
        controls.getStyleClass().add("chart-controls");
        Label readout = new Label();
        readout.setId(idPrefix + "SensitivityReadout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(vm.readoutProperty());
        ScrollPane readoutPane = new ScrollPane(readout);
        readoutPane.setFitToWidth(true);
        readoutPane.setPrefViewportHeight(72);
        vm.specProperty().addListener((obs, old, spec) -> {
            if (spec != null) {
                chart.show(spec);
            }
        });
        if (vm.specProperty().get() != null) {
            chart.show(vm.specProperty().get());
        }
        chart.node().setId(idPrefix + "SensitivityChart");
        root.setTop(controls);
        root.setCenter(chart.node());
        root.setBottom(readoutPane);
        root.getStyleClass().add("sensitivity-panel");
    }

    /** Adds an owner's control to the targets row. */
    public void addControl(Node... nodes) {
        controls.getChildren().addAll(nodes);
    }

    public SpecChart chart() {
        return chart;
    }

    public Node node() {
        return root;
    }
}
