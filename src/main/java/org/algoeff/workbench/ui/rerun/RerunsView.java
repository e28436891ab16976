// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.ui.chart.CurveChart;
import org.algoeff.workbench.ui.sensitivity.SensitivityView;

import static org.algoeff.workbench.ui.PanelLabels.heading;
import static org.algoeff.workbench.ui.PanelLabels.hint;

/**
 * The Reruns tab: settings and controls on the left (recipes, target, seeds, limits, backend, Start/Cancel,
 * progress, backend line, readout), the live accuracy-vs-training-FLOPs curves on the right.
 */
public final class RerunsView {
    private final RerunsViewModel vm;
    private final CurveChart chart = new CurveChart();
    private final BorderPane root = new BorderPane();
    private final SensitivityView sensitivityView;

    public RerunsView(RerunsViewModel vm) {
        this.vm = vm;
        ScrollPane left = new ScrollPane(controls());
        left.setFitToWidth(true);
        left.setPrefWidth(340);
        root.setLeft(left);
        sensitivityView = new SensitivityView(vm.sensitivity(), "reruns");
        SplitPane center = new SplitPane(chart.node(), sensitivityView.node());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        root.setCenter(center);
        root.setId("rerunsPanel");
        vm.liveCurvesProperty().addListener((obs, old, curves) -> showCurves(curves));
        showCurves(vm.liveCurvesProperty().get());
    }

    public Node node() {
        return root;
    }

    public CurveChart chart() {
        return chart;
    }

    /** The "halving time vs target" panel of the last batch. */
    public SensitivityView sensitivityView() {
        return sensitivityView;
    }

    private VBox controls() {
        VBox box = new VBox(6);
        box.getStyleClass().add("settings-panel");
        box.getChildren().add(heading("Recipes"));
        for (RecipeChoice c : vm.recipes()) {
            CheckBox cb = new CheckBox(c.recipe().id() + "  (" + c.recipe().year() + ")");
            cb.setId("recipe-" + c.recipe().id());
            cb.setTooltip(new Tooltip(c.recipe().description() + "\n" + Flops.format(c.recipe().forwardFlopsPerExample())
                    + " forward per example\n" + c.recipe().reference()));
            cb.selectedProperty().bindBidirectional(c.selected());
            box.getChildren().add(cb);
        }
        TextField target = new TextField();
        target.setId("rerunTarget");
        target.textProperty().bindBidirectional(vm.targetProperty());
        Label provenance = hint(vm.targetProvenanceProperty().get());
        provenance.textProperty().bind(vm.targetProvenanceProperty());
        ChoiceBox<Backend> backend = new ChoiceBox<>();
        backend.getItems().setAll(Backend.values());
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("Target accuracy"), target);
        grid.addRow(1, new Label("Seeds"), spinner("rerunSeeds", vm.seedsProperty(), 1, 20));
        grid.addRow(2, new Label("Max epochs (0 = recipe's)"), spinner("rerunEpochs", vm.maxEpochsProperty(), 0, 100));
        grid.addRow(3, new Label("Train digits (0 = all)"), spinner("rerunTrainLimit", vm.trainLimitProperty(), 0, 1_000_000));
        grid.addRow(4, new Label("Test digits (0 = all)"), spinner("rerunTestLimit", vm.testLimitProperty(), 0, 1_000_000));
        grid.addRow(5, new Label("Backend"), backend);
        // A short label: the long one was cut off at the panel's width on a 1600x1000 desktop.
        CheckBox fullCurve = new CheckBox("Full curve (off: stop at target)");
        fullCurve.setId("rerunFullCurve");
        fullCurve.setTooltip(new Tooltip("Train each rerun past the target until converged or its budget ends; the ladder is still read at the target, "
                + "and the halving-vs-target panel can measure targets above it"));
        fullCurve.selectedProperty().bindBidirectional(vm.fullCurveProperty());
        grid.add(fullCurve, 0, 6, 2, 1);
        box.getChildren().addAll(heading("Target and budget"), grid, provenance, heading("Run"), buttons(),
                progress(), bound("rerunStatus", vm.statusProperty(), "hint"),
                bound("rerunBackend", vm.backendLineProperty(), "hint"),
                bound("rerunBackendWarning", vm.backendWarningProperty(), "warning-line"),
                heading("Result"), bound("rerunReadout", vm.readoutProperty(), "readout"), notReached());
        return box;
    }

    private HBox buttons() {
        Button start = new Button("Start");
        start.setId("rerunStart");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("rerunCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        return new HBox(6, start, cancel);
    }

    private ProgressBar progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("rerunProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        return bar;
    }

    private Label notReached() {
        Label l = new Label();
        l.setId("rerunNotReached");
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        l.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.notReached()), vm.notReached()));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private void showCurves(List<Curve> curves) {
        // The first evaluation is at 0 FLOPs, which a log axis cannot show.
        List<Curve> positive = new ArrayList<>();
        for (Curve c : curves) {
            int skip = 0;
            while (skip < c.x().length && c.x()[skip] <= 0) {
                skip++;
            }
            positive.add(new Curve(c.name(), c.colorIndex(), java.util.Arrays.copyOfRange(c.x(), skip, c.x().length),
                    java.util.Arrays.copyOfRange(c.y(), skip, c.y().length), null, Double.NaN, Double.NaN));
        }
        chart.show(positive, "training FLOPs", "accuracy (validation split)", true, false,
                RerunsViewModel.parseTarget(vm.targetProperty().get()));
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(100);
        s.valueProperty().addListener((obs, old, now) -> value.set(now == null ? min : now));
        value.addListener((obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
        return s;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        // An empty line (no warning yet) takes no space.
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }
}
