// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.HardwareTrends;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.ListEdits;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * State of the efficiency-trend chart: data sets, fit settings, overlay and the resulting {@link PlotSpec} and
 * readout. Any change refits in the background through {@link LatestWins}; the newest request's result wins.
 * FX thread only; no Nodes.
 */
public final class TrendViewModel {
    private final TrendChartComposer composer;
    private final LatestWins refits;
    private final ObservableList<TrendDataset> datasets = FXCollections.observableArrayList();
    private final FitSettingsViewModel fitSettings = new FitSettingsViewModel();
    /** Columns of the fitted data set: what rows can be filtered and grouped by. */
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    /** The piecewise-fit settings; {@link BreakpointOptions#NONE} fits one line. */
    private final ObjectProperty<BreakpointOptions> breakpoints = new SimpleObjectProperty<>(BreakpointOptions.NONE);
    private final ObjectProperty<HardwareTrend> hardware = new SimpleObjectProperty<>(HardwareTrends.MOORE);
    private final DoubleProperty doublingMonths = new SimpleDoubleProperty(HardwareTrends.MOORE.doublingMonths());
    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(true);
    /** The point the overlay passes through; null for the fitted data set's earliest point. */
    private final ObjectProperty<TrendPoint> anchor = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> anchorChoices = FXCollections.observableArrayList();
    /** Name of the data set the fit and readout are about; null for the first one. */
    private final StringProperty fitted = new SimpleStringProperty();
    private final ObservableList<String> fittedChoices = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Compute to reach AlexNet-level accuracy");
    private final ReadOnlyObjectWrapper<PlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrendFit> fit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper anchorNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");

    public TrendViewModel(TrendChartComposer composer, LatestWins refits) {
        this.composer = composer;
        this.refits = refits;
        datasets.addListener((Observable ignored) -> refreshChoices());
        readout.addListener((obs, old, text) -> statusLine.set(firstLine(text)));
        fitted.addListener((Observable ignored) -> refreshColumns());
        for (Observable o : List.<Observable>of(datasets, fitSettings.optionsProperty(), breakpoints, hardware,
                doublingMonths, overlayVisible, anchor, fitted, title)) {
            o.addListener(ignored -> refit());
        }
        anchor.addListener((obs, old, now) -> {
            if (now != null) {
                anchorNotice.set("");
            }
        });
        hardware.addListener((obs, old, now) -> {
            if (now != null) {
                doublingMonths.set(now.doublingMonths());
            }
        });
    }

    /** Schedules a refit with the current settings (debounced; the newest request wins). */
    public void refit() {
        FxThread.assertFxThread();
        List<TrendDataset> sets = List.copyOf(datasets);
        FitOptions options = fitSettings.optionsProperty().get();
        BreakpointOptions breaks = breakpoints.get() == null ? BreakpointOptions.NONE : breakpoints.get();
        HardwareTrend overlay = overlay();
        String t = title.get();
        TrendPoint at = anchor.get();
        int index = fittedIndex(sets);
        refits.submit("Fitting trend", (progress, cancel) -> composer.compose(t, sets, index, options, breaks,
                overlay, at, List.of(), progress, cancel), result -> {
                    spec.set(result.spec());
                    fit.set(result.fit().orElse(null));
                    readout.set(result.readout());
                    warnings.set(String.join("\n", result.warningLines()));
                }, failure -> {
                    readout.set("fit failed: " + failure.getMessage());
                    warnings.set("");
                });
    }

    /** The readout's first line, and how many more there are (a grouped fit has one per group). */
    private static String firstLine(String text) {
        String[] lines = text.split("\n");
        return lines.length <= 1 ? text : lines[0] + "  (+" + (lines.length - 1) + " more in the readout)";
    }

    private int fittedIndex(List<TrendDataset> sets) {
        return Math.max(0, sets.stream().map(TrendDataset::name).toList().indexOf(fitted.get()));
    }

    /** The fitted data set's columns, offered for filters and groups. */
    private void refreshColumns() {
        List<String> columns = datasets.isEmpty() ? List.of() : datasets.get(fittedIndex(datasets)).columns();
        if (!columns.equals(columnChoices)) {
            columnChoices.setAll(columns);
        }
    }

    /**
     * The choices that follow the loaded data sets: every point by date (where the overlay can be anchored) and the
     * set names (which one is fitted). An anchor whose point went away falls back to the earliest point; the fitted
     * name is kept while its data set is absent (the first set is fitted meanwhile), so a data set that comes back
     * or arrives later (the runs data set after a workspace opens, a renamed target) is fitted again.
     */
    private void refreshChoices() {
        List<TrendPoint> all = datasets.stream().flatMap(d -> d.points().stream())
                .sorted(Comparator.comparing(TrendPoint::date).thenComparing(TrendPoint::label)).toList();
        TrendPoint kept = anchor.get();
        if (kept != null && !all.contains(kept)) {
            anchor.set(null);
            anchorNotice.set(kept.label() + " (" + kept.date() + ") is no longer loaded; the overlay goes through "
                    + "the earliest point");
        }
        // In place, not setAll: a combo box whose list is replaced clears its value, which reset the anchor.
        ListEdits.match(anchorChoices, all);
        List<String> names = datasets.stream().map(TrendDataset::name).toList();
        // In place too, so the fitted-set combo box keeps its value.
        ListEdits.match(fittedChoices, names);
        refreshColumns();
    }

    /**
     * Anchors the overlay at the loaded point with this date and value (a saved workspace's anchor); false, and the
     * earliest point stays the anchor, when no loaded point matches.
     */
    public boolean anchorAt(LocalDate date, double value) {
        FxThread.assertFxThread();
        TrendPoint match = anchorChoices.stream().filter(p -> p.date().equals(date)
                && Math.abs(p.value() - value) <= 1e-9 * Math.abs(value)).findFirst().orElse(null);
        anchor.set(match);
        return match != null;
    }

    /** Sets the fit window (e.g. from a drag on the date axis); null bounds are open. */
    public void setFitWindow(LocalDate start, LocalDate end) {
        fitSettings.setWindow(start, end);
    }

    /** Bootstrap settings (from a test; a workspace applies the whole record); refits. */
    public void setBootstrap(int newResamples, long newSeed) {
        fitSettings.setBootstrap(newResamples, newSeed);
    }

    /** The fit settings: frontier and its scope, dates, row filters, grouping, bootstrap. */
    public FitSettingsViewModel fitSettings() {
        return fitSettings;
    }

    /** How many breaks to fit and how the segments meet; {@link BreakpointOptions#NONE} for one line. */
    public ObjectProperty<BreakpointOptions> breakpointsProperty() {
        return breakpoints;
    }

    /** Columns of the fitted data set, for the filter and group fields. */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    private HardwareTrend overlay() {
        HardwareTrend h = hardware.get();
        if (!overlayVisible.get() || h == null || !(doublingMonths.get() > 0)) {
            return null;
        }
        return new HardwareTrend(h.name(), doublingMonths.get(), h.source());
    }

    /** The fitted data set's name; null (or a name not loaded) fits the first data set. */
    public StringProperty fittedProperty() {
        return fitted;
    }

    public ObservableList<String> fittedChoices() {
        return fittedChoices;
    }

    public ObjectProperty<TrendPoint> anchorProperty() {
        return anchor;
    }

    public ObservableList<TrendPoint> anchorChoices() {
        return anchorChoices;
    }

    public ObservableList<TrendDataset> datasets() {
        return datasets;
    }

    public BooleanProperty frontierOnlyProperty() {
        return fitSettings.frontierOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return fitSettings.fromProperty();
    }

    public ObjectProperty<LocalDate> toProperty() {
        return fitSettings.toProperty();
    }

    public ObjectProperty<HardwareTrend> hardwareProperty() {
        return hardware;
    }

    /** Editable doubling time of the overlay, in months. */
    public DoubleProperty doublingMonthsProperty() {
        return doublingMonths;
    }

    public BooleanProperty overlayVisibleProperty() {
        return overlayVisible;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<PlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrendFit> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** One line per group (or the single fit's line), or why there is no fit. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Why the overlay no longer goes through the point the user picked ("" while it does, or none was picked). */
    public ReadOnlyStringProperty anchorNoticeProperty() {
        return anchorNotice.getReadOnlyProperty();
    }

    /** The readout in one line, for the status bar. */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /** The fit's warnings, one a line (each prefixed by its group when grouped); "" for none. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return refits.busyProperty();
    }
}
