// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;
import org.algoeff.workbench.analysis.HardwareTrends;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.ui.IsoDates;
import org.algoeff.workbench.ui.chart.SpecChart;

import static org.algoeff.workbench.ui.PanelLabels.heading;
import static org.algoeff.workbench.ui.PanelLabels.hint;

/**
 * The efficiency-trend tab: the chart (drag on the date axis to set the fit window) and the fit settings panel
 * with the readout. Builds and binds nodes only; all state is in {@link TrendViewModel}.
 */
public final class TrendView {
    private final TrendViewModel vm;
    private final SpecChart chart = new SpecChart();
    /** Style of the fit's warnings and of a filter that does not parse (app.css). */
    private static final String WARNINGS_STYLE = "fit-warnings";
    private final Label readout = new Label();
    private double dragStartX = Double.NaN;

    public TrendView(TrendViewModel vm) {
        this.vm = vm;
        vm.specProperty().addListener((obs, old, spec) -> {
            if (spec != null) {
                chart.show(spec);
            }
        });
        if (vm.specProperty().get() != null) {
            chart.show(vm.specProperty().get());
        }
        installFitWindowDrag();
    }

    public SpecChart chart() {
        return chart;
    }

    public Node chartNode() {
        return chart.node();
    }

    /** The fit settings and readout panel. */
    public Node settingsNode() {
        TextField title = new TextField();
        title.setId("chartTitle");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<String> fitted = new ComboBox<>(vm.fittedChoices());
        fitted.setId("fittedDataset");
        fitted.setPromptText("first data set");
        fitted.setMaxWidth(Double.MAX_VALUE);
        fitted.valueProperty().bindBidirectional(vm.fittedProperty());
        CheckBox frontier = new CheckBox("Fit frontier points only");
        frontier.selectedProperty().bindBidirectional(vm.frontierOnlyProperty());
        FitSettingsViewModel fit = vm.fitSettings();
        CheckBox inWindow = new CheckBox("Choose the frontier inside the dates only");
        inWindow.setId("frontierInWindow");
        inWindow.setWrapText(true);
        inWindow.selectedProperty().bindBidirectional(fit.frontierInWindowProperty());
        inWindow.disableProperty().bind(frontier.selectedProperty().not());
        inWindow.setTooltip(new Tooltip("Off: a point is on the frontier only if it beats every earlier point, "
                + "inside the dates or not (a record is a record)"));
        // ISO dates whatever the desktop's locale: the picker's own converter silently drops "2010-01-01".
        DatePicker from = IsoDates.picker(null);
        from.setId("fitFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPromptText("first date (YYYY-MM-DD)");
        DatePicker to = IsoDates.picker(null);
        to.setId("fitTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPromptText("last date (YYYY-MM-DD)");
        ComboBox<HardwareTrend> hardware = new ComboBox<>();
        hardware.getItems().setAll(HardwareTrends.all());
        hardware.setConverter(new StringConverter<>() {
            @Override
            public String toString(HardwareTrend t) {
                return t == null ? "" : t.name();
            }

            @Override
            public HardwareTrend fromString(String s) {
                return HardwareTrends.named(s).orElse(null);
            }
        });
        hardware.valueProperty().bindBidirectional(vm.hardwareProperty());
        Spinner<Double> months = new Spinner<>(1.0, 240.0, vm.doublingMonthsProperty().get(), 0.5);
        months.setEditable(true);
        months.setId("doublingMonths");
        months.valueProperty().addListener((obs, old, v) -> vm.doublingMonthsProperty().set(v));
        vm.doublingMonthsProperty().addListener((obs, old, v) -> months.getValueFactory().setValue(v.doubleValue()));
        ComboBox<TrendPoint> anchor = new ComboBox<>();
        anchor.setId("overlayAnchor");
        anchor.setItems(vm.anchorChoices());
        anchor.setPromptText("earliest point");
        anchor.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrendPoint p) {
                return p == null ? "earliest point" : p.label() + " (" + p.date() + ")";
            }

            @Override
            public TrendPoint fromString(String s) {
                return null;
            }
        });
        anchor.valueProperty().bindBidirectional(vm.anchorProperty());
        anchor.setMaxWidth(Double.MAX_VALUE);
        anchor.setPrefWidth(120);
        Button earliest = new Button("Earliest");
        earliest.setMinWidth(Region.USE_PREF_SIZE);
        earliest.setOnAction(e -> vm.anchorProperty().set(null));
        HBox anchorRow = new HBox(4, anchor, earliest);
        HBox.setHgrow(anchor, Priority.ALWAYS);
        Label anchorNotice = hint("");
        anchorNotice.setWrapText(true);
        anchorNotice.textProperty().bind(vm.anchorNoticeProperty());
        anchorNotice.visibleProperty().bind(vm.anchorNoticeProperty().isNotEmpty());
        anchorNotice.managedProperty().bind(anchorNotice.visibleProperty());
        CheckBox overlay = new CheckBox("Show hardware overlay");
        overlay.selectedProperty().bindBidirectional(vm.overlayVisibleProperty());
        readout.textProperty().bind(vm.readoutProperty());
        readout.setWrapText(true);
        readout.setId("readout");
        readout.getStyleClass().add("readout");
        Label warnings = new Label();
        warnings.setId("fitWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add(WARNINGS_STYLE);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> vm.warningsProperty().get().isEmpty() ? ""
                : "\u2022 " + vm.warningsProperty().get().replace("\n", "\n\u2022 "), vm.warningsProperty()));
        warnings.visibleProperty().bind(vm.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        VBox box = new VBox(6, heading("Chart title"), title, heading("Fit"), fitted, frontier, inWindow,
                new Label("From"), from, new Label("To"), to, hint("or drag across the date axis"));
        box.getChildren().addAll(rowsNodes(fit));
        box.getChildren().addAll(breakpointNodes());
        box.getChildren().addAll(heading("Hardware overlay"), overlay, hardware, new Label("Doubling time (months)"),
                months, new Label("Through"), anchorRow, anchorNotice, heading("Readout"), readout, warnings, busy);
        box.getStyleClass().add("settings-panel");
        box.setPrefWidth(270);
        return box;
    }

    /**
     * The row filter and grouping fields of the fitted data set: "Rows where" takes filters joined by AND (a text
     * that does not parse is named under it and the last good filters stay), "Group by" one of its columns.
     */
    private Node[] rowsNodes(FitSettingsViewModel fit) {
        TextField where = new TextField();
        where.setId("rowsWhere");
        where.setPromptText("e.g. Domain=Vision AND Notability criteria~.+");
        where.textProperty().bindBidirectional(fit.whereTextProperty());
        Tooltip columns = new Tooltip();
        columns.setWrapText(true);
        columns.setMaxWidth(420);
        columns.textProperty().bind(Bindings.createStringBinding(() ->
                "COL=VALUE, COL!=VALUE or COL~REGEX, joined by AND. Columns: "
                        + String.join(", ", vm.columnChoices()), vm.columnChoices()));
        where.setTooltip(columns);
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add(WARNINGS_STYLE);
        error.textProperty().bind(fit.whereErrorProperty());
        error.visibleProperty().bind(fit.whereErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ComboBox<String> groupBy = new ComboBox<>(vm.columnChoices());
        groupBy.setId("groupBy");
        groupBy.setEditable(true);
        groupBy.setPromptText("no grouping");
        groupBy.setMaxWidth(Double.MAX_VALUE);
        groupBy.valueProperty().bindBidirectional(fit.groupByProperty());
        Button ungroup = new Button("None");
        ungroup.setMinWidth(Region.USE_PREF_SIZE);
        ungroup.setOnAction(e -> fit.groupByProperty().set(null));
        HBox groupRow = new HBox(4, groupBy, ungroup);
        HBox.setHgrow(groupBy, Priority.ALWAYS);
        return new Node[] {new Label("Rows where"), where, error, new Label("Group by (one fit per value)"), groupRow};
    }

    /**
     * The piecewise fit: how many breaks (none, 1, 2, or chosen by BIC) and whether the segments join at them. Each
     * choice writes a new {@link BreakpointOptions} record into the ViewModel.
     */
    private Node[] breakpointNodes() {
        ComboBox<Breaks> breaks = new ComboBox<>();
        breaks.setId("breakpoints");
        breaks.getItems().setAll(Breaks.values());
        breaks.setMaxWidth(Double.MAX_VALUE);
        breaks.setConverter(new StringConverter<>() {
            @Override
            public String toString(Breaks b) {
                return b == null ? "" : switch (b) {
                    case NONE -> "none (one line)";
                    case ONE -> "1 break";
                    case TWO -> "2 breaks";
                    case AUTO -> "0-2, chosen by BIC";
                };
            }

            @Override
            public Breaks fromString(String text) {
                return Breaks.NONE;
            }
        });
        ComboBox<BreakModel> model = new ComboBox<>();
        model.setId("breakModel");
        model.getItems().setAll(BreakModel.values());
        model.setMaxWidth(Double.MAX_VALUE);
        model.setConverter(new StringConverter<>() {
            @Override
            public String toString(BreakModel m) {
                return m == null ? "" : m == BreakModel.CONTINUOUS ? "segments joined (hinge)"
                        : "separate segments (may jump)";
            }

            @Override
            public BreakModel fromString(String text) {
                return BreakModel.CONTINUOUS;
            }
        });
        Runnable show = () -> {
            BreakpointOptions o = vm.breakpointsProperty().get();
            breaks.setValue(o.breaks());
            model.setValue(o.model());
            model.setDisable(!o.enabled());
        };
        show.run();
        vm.breakpointsProperty().addListener((obs, old, now) -> show.run());
        breaks.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.breakpointsProperty().get().breaks()) {
                vm.breakpointsProperty().set(vm.breakpointsProperty().get().withBreaks(now));
            }
        });
        model.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.breakpointsProperty().get().model()) {
                vm.breakpointsProperty().set(vm.breakpointsProperty().get().withModel(now));
            }
        });
        breaks.setTooltip(new Tooltip("Fit a broken line: the break dates are estimated by least squares, with 95% "
                + "bootstrap intervals shaded on the date axis"));
        return new Node[] {new Label("Breakpoints (eras)"), breaks, model};
    }

    /** Press-drag-release on the date axis sets the fit window to the dragged years. */
    private void installFitWindowDrag() {
        Node axis = chart.xAxis();
        Tooltip.install(axis, new Tooltip("Drag across the dates to set the fit window"));
        axis.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragStartX = e.getX());
        axis.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (Double.isFinite(dragStartX) && Math.abs(e.getX() - dragStartX) > 4) {
                onAxisDragged(chart.xAxis().getValueForDisplay(dragStartX), chart.xAxis().getValueForDisplay(e.getX()));
            }
            dragStartX = Double.NaN;
        });
    }

    /** Sets the fit window from two decimal years (either order). */
    void onAxisDragged(double yearA, double yearB) {
        LocalDate a = DecimalYear.toDate(Math.min(yearA, yearB));
        LocalDate b = DecimalYear.toDate(Math.max(yearA, yearB));
        vm.setFitWindow(a, b);
    }
}
