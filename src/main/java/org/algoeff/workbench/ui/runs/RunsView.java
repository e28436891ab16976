// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.ui.load.RunItem;

/**
 * The Runs tab: the question (metric, target, direction, smoothing) on top, one sortable row per loaded run below
 * (name, id, date and its origin, compute source, compute-to-target in FLOP or why there is none); several rows can
 * be given a compute source or a date at once, and the table copied as CSV.
 */
public final class RunsView {
    private final RunsViewModel vm;
    private final TableView<RunOutcome> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public RunsView(RunsViewModel vm) {
        this.vm = vm;
        table.setId("runsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Drop training logs on the window; each run gets a row here."));
        table.getColumns().setAll(List.of(
                text("Run", RunOutcome::name, 160),
                text("Run id", RunOutcome::runId, 90),
                text("Source", r -> fileName(r.source()), 140),
                text("Date", r -> r.date() == null ? "no date" : r.date().toString(), 90),
                text("Date from", RunOutcome::dateOrigin, 170),
                text("Compute", r -> r.computeMethod() + (r.computeSet() ? "" : " (auto)"), 120),
                flops(),
                text("Why not on the chart", RunOutcome::reason, 260)));
        SortedList<RunOutcome> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        keepSelectionAcrossUpdates();
        root.setTop(new VBox(6, question(), actions()));
        root.setCenter(table);
        root.getStyleClass().add("runs-view");
    }

    private Node question() {
        ComboBox<String> metric = new ComboBox<>(vm.metrics());
        metric.setId("runsMetric");
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setPromptText("metric");
        TextField target = NumberFields.bound(vm.targetProperty(), "runsTarget", "target value");
        CheckBox lower = new CheckBox("lower is better");
        lower.setId("runsLowerIsBetter");
        lower.selectedProperty().bindBidirectional(vm.lowerIsBetterProperty());
        TextField smoothing = NumberFields.bound(vm.smoothingProperty(), "runsSmoothing", "0 = none");
        smoothing.setTooltip(new Tooltip("TensorBoard EMA weight in [0, 1) applied before the search; 0 for none"));
        FlowPane row = new FlowPane(8, 6, new Label("Metric"), metric, new Label("Target"), target, lower,
                new Label("Smoothing"), smoothing);
        row.getStyleClass().add("chart-controls");
        return row;
    }

    private Node actions() {
        Button compute = new Button("Set compute…");
        compute.setId("runsSetCompute");
        compute.setOnAction(e -> askCompute());
        Button date = new Button("Set date…");
        date.setId("runsSetDate");
        date.setOnAction(e -> askDate());
        for (Button b : List.of(compute, date)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button copy = new Button("Copy as CSV");
        copy.setId("runsCopy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.rowsAsCsv(List.copyOf(table.getSelectionModel().getSelectedItems())));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label summary = new Label();
        summary.setId("runsSummary");
        summary.textProperty().bind(vm.summaryProperty());
        FlowPane row = new FlowPane(8, 6, compute, date, copy, summary);
        row.getStyleClass().add("chart-controls");
        return row;
    }

    /**
     * Every remeasure replaces the rows; the selection follows the runs (by identity), so rows just given a compute
     * source can be given a date next without selecting them again.
     */
    private void keepSelectionAcrossUpdates() {
        Set<String> selected = new LinkedHashSet<>();
        boolean[] restoring = {false};
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunOutcome>) c -> {
            if (!restoring[0]) {
                selected.clear();
                table.getSelectionModel().getSelectedItems().forEach(r -> selected.add(r.key()));
            }
        });
        vm.rows().addListener((ListChangeListener<RunOutcome>) c -> {
            restoring[0] = true;
            try {
                table.getSelectionModel().clearSelection();
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (selected.contains(table.getItems().get(i).key())) {
                        table.getSelectionModel().select(i);
                    }
                }
            } finally {
                restoring[0] = false;
            }
        });
    }

    private List<RunItem> selectedRuns() {
        return table.getSelectionModel().getSelectedItems().stream().map(vm::itemFor).filter(Objects::nonNull)
                .toList();
    }

    private void askCompute() {
        List<RunItem> runs = selectedRuns();
        if (runs.isEmpty()) {
            return;
        }
        Set<String> tags = new LinkedHashSet<>();
        runs.forEach(r -> tags.addAll(r.run().tags()));
        ComputeDialog.ask(owner(), describe(runs), runs.get(0).computeProperty().get(), List.copyOf(tags))
                .ifPresent(s -> vm.setCompute(runs, s instanceof ComputeSource.LoggedFlops ? null : s));
    }

    private void askDate() {
        List<RunItem> runs = selectedRuns();
        if (runs.isEmpty()) {
            return;
        }
        RunItem first = runs.get(0);
        RunDateDialog.ask(owner(), describe(runs), first.effectiveDate(), runs.size() == 1 ? first.recordedDate() : null)
                .ifPresent(a -> vm.setDate(runs, a.date()));
    }

    private Window owner() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    private static String describe(List<RunItem> runs) {
        return runs.size() == 1 ? runs.get(0).displayNameProperty().get() : runs.size() + " runs";
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    private static TableColumn<RunOutcome, String> text(String title, Function<RunOutcome, String> value,
                                                        double width) {
        TableColumn<RunOutcome, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** Compute-to-target, sorted as numbers (not reached last); the cell shows 5 digits, the tooltip all of them. */
    private static TableColumn<RunOutcome, Double> flops() {
        TableColumn<RunOutcome, Double> c = new TableColumn<>("Compute to target (FLOP)");
        c.setId("runsFlopsColumn");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().trainingFlops()));
        c.setComparator(Comparator.comparingDouble(v -> Double.isNaN(v) ? Double.POSITIVE_INFINITY : v));
        c.setPrefWidth(170);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                RunOutcome row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(switch (row.status()) {
                    case REACHED -> String.format(Locale.ROOT, "%.4e", v);
                    case NOT_REACHED -> "not reached";
                    case NOT_MEASURED -> "cannot measure";
                });
                setTooltip(new Tooltip(row.status() == RunOutcome.Status.REACHED ? Double.toString(v) + " FLOP"
                        : row.reason()));
            }
        });
        return c;
    }

    public Node node() {
        return root;
    }

    public TableView<RunOutcome> table() {
        return table;
    }
}
