// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.sensitivity;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TargetList;
import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.SensitivityChart;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * The "halving time vs target" panel's state: the targets as typed (a range or a list, {@link TargetList}), the
 * data they are measured on (a {@link Source}: your runs, a rerun batch), and the result: one fit per target
 * ({@link TargetSensitivity}, the fit settings of {@code algoeff ctt --targets}), the chart and a readout line per
 * target. Any change recomputes in the background; the latest request wins. FX thread only; no Nodes.
 */
public final class SensitivityViewModel {
    /** Fit settings of every target's fit: the CLI's defaults, so the window and {@code ctt --targets} agree. */
    static final FitOptions OPTIONS = FitOptions.DEFAULT;

    /** What the targets are measured on; {@link #measure} runs off the FX thread on a snapshot. */
    public interface Source {
        /** Legend name of the chart's series ("your runs", "your machine (cpu)"). */
        String name();

        /** The x axis's label ("target eval/accuracy (>=)"). */
        String xLabel();

        /** Each target's points, or why it has none. */
        List<TargetSensitivity.TargetData> measure(List<Double> targets, ProgressSink progress,
                                                   CancellationToken cancel) throws Exception;
    }

    private final TrendFitter fitter;
    private final LatestWins updates;
    private final StringProperty targetsText = new SimpleStringProperty("");
    private final ObservableList<Double> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlotSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ObservableList<TargetSensitivity.Row> rows = FXCollections.observableArrayList();
    private Source source;
    private String idle = "type targets, e.g. 0.90:0.96:0.01 or 0.9,0.945,0.96";

    public SensitivityViewModel(TrendFitter fitter, LatestWins updates) {
        this.fitter = fitter;
        this.updates = updates;
        targetsText.addListener((obs, old, now) -> recompute());
        readout.set(idle);
    }

    /**
     * The data to measure (null for none, with {@code why} shown instead); recomputes unless it equals the data
     * measured already. Call again whenever the data change (runs added, the metric changed, a batch finished).
     */
    public void setSource(Source newSource, String why) {
        FxThread.assertFxThread();
        if (newSource != null && newSource.equals(source)) {
            return;
        }
        source = newSource;
        idle = why == null || why.isEmpty() ? idle : why;
        recompute();
    }

    private void recompute() {
        FxThread.assertFxThread();
        List<Double> parsed;
        try {
            parsed = targetsText.get().isBlank() ? List.of() : TargetList.parse(targetsText.get());
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        if (!parsed.equals(targets)) {
            targets.setAll(parsed);
        }
        Source s = source;
        if (s == null || parsed.isEmpty()) {
            rows.clear();
            spec.set(SensitivityChart.spec("", s == null ? "target" : s.xLabel(), List.of()));
            readout.set(s == null ? idle : "type targets, e.g. 0.90:0.96:0.01 or 0.9,0.945,0.96");
            return;
        }
        updates.submit("Halving time vs target", (progress, cancel) -> TargetSensitivity.fit(
                s.measure(parsed, progress, cancel), OPTIONS, fitter, progress, cancel), result -> show(s, result),
                failure -> readout.set("could not measure: " + failure.getMessage()));
    }

    private void show(Source s, List<TargetSensitivity.Row> result) {
        rows.setAll(result);
        spec.set(SensitivityChart.spec("Halving time vs target", s.xLabel(),
                List.of(new SensitivityChart.Series(s.name(), result))));
        readout.set(TargetSensitivity.readout(result));
    }

    /** Targets as typed: FROM:TO:STEP or a comma list. */
    public StringProperty targetsTextProperty() {
        return targetsText;
    }

    /** The targets parsed from the text (the last good ones while the text does not parse). */
    public ObservableList<Double> targets() {
        return targets;
    }

    /** Why the text does not parse, "" when it does. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** A line per target: its halving time and interval, or why it has none. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** One fit per target, in the order typed. */
    public ObservableList<TargetSensitivity.Row> rows() {
        return rows;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return updates.busyProperty();
    }
}
