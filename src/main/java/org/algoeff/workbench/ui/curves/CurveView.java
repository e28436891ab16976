// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.ui.chart.CurveChart;

/**
 * The training-curve tab: series (a checklist, narrowed by a regular-expression filter), x quantity, scales,
 * smoothing (slider or typed value), target, and the chart.
 */
public final class CurveView {
    static final String INVALID = "invalid";
    private final CurveViewModel vm;
    private final CurveChart chart = new CurveChart();
    private final BorderPane root = new BorderPane();

    public CurveView(CurveViewModel vm) {
        this.vm = vm;
        ComboBox<XQuantity> x = new ComboBox<>();
        x.getItems().setAll(XQuantity.values());
        x.valueProperty().bindBidirectional(vm.xQuantityProperty());
        CheckBox logX = new CheckBox("log x");
        logX.selectedProperty().bindBidirectional(vm.logXProperty());
        CheckBox logY = new CheckBox("log y");
        logY.selectedProperty().bindBidirectional(vm.logYProperty());
        Label targetFor = new Label();
        targetFor.textProperty().bind(vm.targetMetricProperty().map(m -> "for " + m).orElse(""));
        CheckBox lower = new CheckBox("lower is better");
        lower.selectedProperty().bindBidirectional(vm.lowerIsBetterProperty());
        Label note = new Label();
        note.setId("curvesNote");
        note.textProperty().bind(vm.noteProperty());
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> chart.resetZoom());
        // Label and control kept together when the row wraps (a narrow window).
        FlowPane controls = new FlowPane(12, 6, group(new Label("Series"), seriesMenu(), tagFilter()),
                group(new Label("x"), x, logX, logY),
                group(new Label("Smoothing"), smoothingSlider(), smoothingField()),
                group(new Label("Target"), targetField(), targetFor, lower), reset, note);
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

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A checklist of the series the filter matches, with "all" and "none" for them. */
    private MenuButton seriesMenu() {
        TagSelection tags = vm.tags();
        MenuButton menu = new MenuButton();
        menu.setId("seriesMenu");
        menu.textProperty().bind(Bindings.createStringBinding(() -> seriesSummary(tags), tags.ticked(),
                tags.matching()));
        Runnable rebuild = () -> {
            MenuItem all = new MenuItem("Tick all shown");
            all.setOnAction(e -> tags.tickAllMatching(true));
            MenuItem none = new MenuItem("Untick all shown");
            none.setOnAction(e -> tags.tickAllMatching(false));
            menu.getItems().setAll(all, none, new SeparatorMenuItem());
            for (String tag : tags.matching()) {
                CheckBox box = new CheckBox(tag);
                // Tags are names, not labels with shortcuts: "train_loss" keeps its underscore.
                box.setMnemonicParsing(false);
                box.setSelected(tags.ticked().contains(tag));
                box.selectedProperty().addListener((obs, was, on) -> tags.tick(tag, on));
                CustomMenuItem item = new CustomMenuItem(box);
                item.setHideOnClick(false);
                menu.getItems().add(item);
            }
        };
        tags.matching().addListener((ListChangeListener<String>) c -> rebuild.run());
        tags.ticked().addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private static String seriesSummary(TagSelection tags) {
        var plotted = tags.plotted();
        if (plotted.isEmpty()) {
            return tags.all().isEmpty() ? "no series" : "none ticked";
        }
        return plotted.size() == 1 ? plotted.get(0) : plotted.get(0) + " +" + (plotted.size() - 1);
    }

    private TextField tagFilter() {
        TextField filter = new TextField();
        filter.setId("tagFilter");
        filter.setPromptText("filter series (regex)");
        filter.setPrefColumnCount(10);
        filter.textProperty().bindBidirectional(vm.tags().filterProperty());
        Tooltip help = new Tooltip("A regular expression found anywhere in a series name, case-insensitive, "
                + "as TensorBoard's tag filter: loss|acc, ^val/");
        filter.setTooltip(help);
        vm.tags().filterErrorProperty().addListener((obs, old, error) -> {
            filter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(INVALID), !error.isEmpty());
            help.setText(error.isEmpty() ? "A regular expression found anywhere in a series name, case-insensitive, "
                    + "as TensorBoard's tag filter: loss|acc, ^val/" : error);
        });
        return filter;
    }

    private Slider smoothingSlider() {
        Slider smoothing = new Slider(0, CurveViewModel.MAX_SMOOTHING, vm.smoothingProperty().get());
        smoothing.setId("smoothing");
        smoothing.valueProperty().bindBidirectional(vm.smoothingProperty());
        return smoothing;
    }

    /** The smoothing weight as text: typed values apply on Enter or when the field loses focus. */
    private TextField smoothingField() {
        TextField field = new TextField();
        field.setId("smoothingValue");
        field.setPrefColumnCount(4);
        Runnable show = () -> field.setText(String.format(Locale.ROOT, "%.3f", vm.smoothingProperty().get()));
        Runnable commit = () -> {
            vm.setSmoothing(field.getText());
            show.run();
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        vm.smoothingProperty().addListener((obs, old, v) -> {
            if (!field.isFocused()) {
                show.run();
            }
        });
        show.run();
        return field;
    }

    private TextField targetField() {
        TextField target = new TextField();
        target.setId("curveTarget");
        target.setPromptText("target value");
        target.setPrefColumnCount(7);
        target.setTooltip(new Tooltip("The runs' target (also on the Runs tab); crossings are marked on its metric"));
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
        return target;
    }

    private void redraw() {
        chart.show(vm.request(0));
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
