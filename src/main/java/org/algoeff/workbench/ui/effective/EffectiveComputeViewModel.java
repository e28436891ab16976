// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.effective;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.EffectiveCompute;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.plot.EffectiveComputeChart;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * The effective-compute view's state: which loaded data set gives the compute growth and which the efficiency gain,
 * their row filters and frontier choices, the years, and the result ({@link EffectiveCompute}: both fits, the
 * factors with intervals, the chart, the readout). Any change recombines in the background; the latest request
 * wins. The data sets follow the trend chart's. FX thread only; no Nodes.
 */
public final class EffectiveComputeViewModel {
    /** The years HB20 section 5.4 speaks of, as calendar years: the view starts there. */
    static final LocalDate DEFAULT_FROM = LocalDate.of(2012, 1, 1);
    static final LocalDate DEFAULT_TO = LocalDate.of(2018, 12, 31);

    private final EffectiveCompute combiner;
    private final LatestWins updates;
    private final ObservableList<TrendDataset> datasets = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty computeName = new SimpleStringProperty();
    private final StringProperty efficiencyName = new SimpleStringProperty();
    private final StringProperty computeWhere = new SimpleStringProperty("");
    private final StringProperty efficiencyWhere = new SimpleStringProperty("");
    /** On: the compute side is the largest runs so far; on: the efficiency side is HB20's frontier. */
    private final BooleanProperty computeFrontier = new SimpleBooleanProperty(true);
    private final BooleanProperty efficiencyFrontier = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(DEFAULT_FROM);
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(DEFAULT_TO);
    private final ReadOnlyObjectWrapper<PlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EffectiveCompute.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private int resamples = FitOptions.DEFAULT_RESAMPLES;

    public EffectiveComputeViewModel(EffectiveCompute combiner, LatestWins updates) {
        this.combiner = combiner;
        this.updates = updates;
        datasets.addListener((Observable o) -> refreshNames());
        for (Observable o : List.<Observable>of(datasets, computeName, efficiencyName, computeWhere, efficiencyWhere,
                computeFrontier, efficiencyFrontier, from, to)) {
            o.addListener(ignored -> recombine());
        }
        recombine();
    }

    /**
     * The loaded data sets by name; a side not chosen yet takes the first compute-to-target data set (efficiency)
     * and the first other one (compute).
     */
    private void refreshNames() {
        names.setAll(datasets.stream().map(TrendDataset::name).toList());
        if (efficiencyName.get() == null || !names.contains(efficiencyName.get())) {
            efficiencyName.set(datasets.stream().filter(EffectiveComputeViewModel::toTarget).map(TrendDataset::name)
                    .findFirst().orElse(null));
        }
        if (computeName.get() == null || !names.contains(computeName.get())) {
            computeName.set(datasets.stream().filter(d -> !toTarget(d)).map(TrendDataset::name).findFirst()
                    .orElse(null));
        }
    }

    private static boolean toTarget(TrendDataset d) {
        String label = d.valueLabel().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ");
        return label.contains("compute to ") || label.contains(" to target");
    }

    /** Recombines in the background with the current choices (debounced; the newest request wins). */
    public void recombine() {
        FxThread.assertFxThread();
        TrendDataset c = named(computeName.get());
        TrendDataset e = named(efficiencyName.get());
        if (c == null || e == null || from.get() == null || to.get() == null) {
            show(null, c == null ? "load a compute-growth data set (e.g. sample-data/epoch-ai/all-ml-systems-"
                    + "2024-02-05.csv) and choose it as Compute" : "load and choose an efficiency data set "
                    + "(compute to a fixed target, e.g. sample-data/hb20/alexnet-level.csv)");
            return;
        }
        EffectiveCompute.Request request;
        try {
            FitOptions base = FitOptions.DEFAULT.withBootstrap(resamples, FitOptions.DEFAULT_SEED);
            request = new EffectiveCompute.Request(c, base.withWhere(RowFilter.parseAll(computeWhere.get()))
                    .withFrontierOnly(computeFrontier.get()), e, base.withWhere(RowFilter.parseAll(
                    efficiencyWhere.get())).withFrontierOnly(efficiencyFrontier.get()), from.get(), to.get());
        } catch (IllegalArgumentException ex) {
            show(null, ex.getMessage());
            return;
        }
        EffectiveCompute.Request r = request;
        updates.submit("Effective compute", (progress, cancel) -> combiner.combine(r, progress, cancel),
                done -> show(done, done.readout()), failure -> show(null, "no result: " + failure.getMessage()));
    }

    private void show(EffectiveCompute.Result r, String text) {
        result.set(r);
        spec.set(r == null ? null : EffectiveComputeChart.spec(r));
        readout.set(text);
        warnings.set(r == null ? "" : String.join("\n", r.warnings()));
    }

    private TrendDataset named(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }

    /** Bootstrap resamples of each fit (no control; tests use fewer). */
    public void setResamples(int value) {
        FxThread.assertFxThread();
        resamples = value;
        recombine();
    }

    /** The data sets to choose from (the trend chart's). */
    public ObservableList<TrendDataset> datasets() {
        return datasets;
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty computeNameProperty() {
        return computeName;
    }

    public StringProperty efficiencyNameProperty() {
        return efficiencyName;
    }

    /** Row filters of the compute data set, "COL~REGEX AND ..." ({@link RowFilter#parseAll}). */
    public StringProperty computeWhereProperty() {
        return computeWhere;
    }

    public StringProperty efficiencyWhereProperty() {
        return efficiencyWhere;
    }

    public BooleanProperty computeFrontierProperty() {
        return computeFrontier;
    }

    public BooleanProperty efficiencyFrontierProperty() {
        return efficiencyFrontier;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The chart, or null while there is no result. */
    public ReadOnlyObjectProperty<PlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EffectiveCompute.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "~N x from compute x M x from algorithms = K x effective, ...", or what is missing. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Both fits' warnings, one a line. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return updates.busyProperty();
    }
}
