// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.ui.chart.CurveChart;

/** The training-curve tab: series, x quantity, scales, smoothing slider, target, and the chart. */
public final class CurveView {
    private final CurveViewModel vm;
    private final CurveChart chart = new CurveChart();
    private final BorderPane root = new BorderPane();

    /** @param addToTrend what "Add compute-to-target to trend chart" does */
    public CurveView(CurveViewModel vm, Runnable addToTrend) {
        this.vm = vm;
        ComboBox<String> tag = new ComboBox<>(vm.tags());
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        tag.setPromptText("series");
        ComboBox<XQuantity> x = new ComboBox<>();
        x.getItems().setAll(XQuantity.values());
        x.valueProperty().bindBidirectional(vm.xQuantityProperty());
        CheckBox logX = new CheckBox("log x");
        logX.selectedProperty().bindBidirectional(vm.logXProperty());
        CheckBox logY = new CheckBox("log y");
        logY.selectedProperty().bindBidirectional(vm.logYProperty());
        Slider smoothing = new Slider(0, 0.999, vm.smoothingProperty().get());
        smoothing.setId("smoothing");
        smoothing.valueProperty().bindBidirectional(vm.smoothingProperty());
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(vm.smoothingProperty().asString(Locale.ROOT, "%.3f"));
        TextField target = new TextField();
        target.setPromptText("target value");
        target.setPrefColumnCount(7);
        target.setOnAction(e -> vm.targetProperty().set(parse(target.getText())));
        target.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.targetProperty().set(parse(target.getText()));
            }
        });
        double initial = vm.targetProperty().get();
        target.setText(Double.isNaN(initial) ? "" : Double.toString(initial));
        vm.targetProperty().addListener((obs, old, v) -> {
            if (!target.isFocused()) {
                target.setText(Double.isNaN(v.doubleValue()) ? "" : Double.toString(v.doubleValue()));
            }
        });
        CheckBox lower = new CheckBox("lower is better");
        lower.selectedProperty().bindBidirectional(vm.lowerIsBetterProperty());
        Button add = new Button("Add compute-to-target to trend chart");
        add.setOnAction(e -> addToTrend.run());
        add.disableProperty().bind(vm.xQuantityProperty().isNotEqualTo(XQuantity.COMPUTE));
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> chart.resetZoom());
        FlowPane controls = new FlowPane(8, 6, new Label("Series"), tag, new Label("x"), x, logX, logY,
                new Label("Smoothing"), smoothing, smoothingValue, new Label("Target"), target, lower, add, reset);
        controls.getStyleClass().add("chart-controls");
        root.setTop(controls);
        root.setCenter(chart.node());
        InvalidationListener redraw = o -> redraw();
        vm.curvesProperty().addListener(redraw);
        vm.logXProperty().addListener(redraw);
        vm.logYProperty().addListener(redraw);
        // Built on first use, usually after the curves were computed: draw what is there now, not on the next change.
        redraw();
    }

    private void redraw() {
        chart.show(vm.curvesProperty().get(), vm.xQuantityProperty().get().label(),
                vm.tagProperty().get() == null ? "value" : vm.tagProperty().get(), vm.logXProperty().get(),
                vm.logYProperty().get(), vm.targetProperty().get());
    }

    private static double parse(String text) {
        try {
            return text == null || text.isBlank() ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public Node node() {
        return root;
    }

    public CurveChart chart() {
        return chart;
    }
}
