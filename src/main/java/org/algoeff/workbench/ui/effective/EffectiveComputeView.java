// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.effective;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.algoeff.workbench.ui.IsoDates;
import org.algoeff.workbench.ui.chart.SpecChart;

import static org.algoeff.workbench.ui.PanelLabels.heading;
import static org.algoeff.workbench.ui.PanelLabels.hint;

/**
 * The Effective compute tab: the two data sets with their filters and frontier choices and the years on the left,
 * the chart (compute, algorithms, their product, from 1x) in the centre, the readout and warnings under it.
 */
public final class EffectiveComputeView {
    private final EffectiveComputeViewModel vm;
    private final SpecChart chart = new SpecChart();
    private final BorderPane root = new BorderPane();

    public EffectiveComputeView(EffectiveComputeViewModel vm) {
        this.vm = vm;
        vm.specProperty().addListener((obs, old, spec) -> {
            if (spec != null) {
                chart.show(spec);
            }
        });
        if (vm.specProperty().get() != null) {
            chart.show(vm.specProperty().get());
        }
        ScrollPane left = new ScrollPane(controls());
        left.setFitToWidth(true);
        left.setPrefWidth(300);
        Label readout = new Label();
        readout.setId("effectiveReadout");
        readout.setWrapText(true);
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(vm.readoutProperty());
        Label warnings = new Label();
        warnings.setWrapText(true);
        warnings.getStyleClass().add("fit-warnings");
        warnings.textProperty().bind(vm.warningsProperty());
        root.setLeft(left);
        root.setCenter(chart.node());
        root.setBottom(new VBox(4, readout, warnings));
        root.setId("effectivePanel");
    }

    private VBox controls() {
        ComboBox<String> compute = new ComboBox<>(vm.names());
        compute.setId("effectiveCompute");
        compute.setMaxWidth(Double.MAX_VALUE);
        compute.valueProperty().bindBidirectional(vm.computeNameProperty());
        TextField computeWhere = new TextField();
        computeWhere.setId("effectiveComputeWhere");
        computeWhere.setPromptText("e.g. Notability criteria~.+");
        computeWhere.textProperty().bindBidirectional(vm.computeWhereProperty());
        CheckBox computeFrontier = new CheckBox("Largest runs so far only (records)");
        computeFrontier.selectedProperty().bindBidirectional(vm.computeFrontierProperty());
        ComboBox<String> efficiency = new ComboBox<>(vm.names());
        efficiency.setId("effectiveEfficiency");
        efficiency.setMaxWidth(Double.MAX_VALUE);
        efficiency.valueProperty().bindBidirectional(vm.efficiencyNameProperty());
        TextField efficiencyWhere = new TextField();
        efficiencyWhere.setPromptText("row filters");
        efficiencyWhere.textProperty().bindBidirectional(vm.efficiencyWhereProperty());
        CheckBox efficiencyFrontier = new CheckBox("Frontier only (least compute so far)");
        efficiencyFrontier.selectedProperty().bindBidirectional(vm.efficiencyFrontierProperty());
        DatePicker from = IsoDates.picker(vm.fromProperty().get());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = IsoDates.picker(vm.toProperty().get());
        to.valueProperty().bindBidirectional(vm.toProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        VBox box = new VBox(6, heading("Compute growth"), compute, new Label("Rows where"), computeWhere,
                computeFrontier, heading("Algorithmic efficiency"), efficiency, new Label("Rows where"),
                efficiencyWhere, efficiencyFrontier, heading("Years"), new Label("From"), from, new Label("To"), to,
                hint("Each factor is its fitted line's change over these dates; the product's 95% interval combines "
                        + "both fits' bootstraps"), busy);
        box.getStyleClass().add("settings-panel");
        return box;
    }

    public SpecChart chart() {
        return chart;
    }

    public Node node() {
        return root;
    }
}
