// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrend;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.io.export.RunsTableCsv;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * The runs table: one row per loaded run, keyed by run identity, with its date and compute-to-target for one shared
 * question (metric, target, direction, TensorBoard smoothing), and the dated runs that reached the target as the runs
 * data set of the trend chart. Any change (question, a run's date, name or compute source, runs added or removed)
 * remeasures in the background; the latest request wins. FX thread only; no Nodes.
 */
public final class RunsViewModel {
    private final RunsTrendService service;
    private final LatestWins updates;
    private final ObservableList<RunItem> runs = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final StringProperty metric = new SimpleStringProperty();
    private final DoubleProperty target = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty lowerIsBetter = new SimpleBooleanProperty(false);
    /** TensorBoard EMA weight applied before the search; 0 is none (the default, as {@code algoeff ctt}). */
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0);
    private final ObservableList<RunOutcome> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TrendDataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("no runs loaded");
    private final InvalidationListener remeasure = o -> remeasure();

    public RunsViewModel(RunsTrendService service, LatestWins updates) {
        this.service = service;
        this.updates = updates;
        runs.addListener((ListChangeListener<RunItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::unwatch);
                c.getAddedSubList().forEach(this::watch);
            }
            refreshMetrics();
        });
        metric.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                lowerIsBetter.set(TargetDirection.infer(now) == TargetDirection.LOWER_IS_BETTER);
            }
        });
        for (Observable o : List.<Observable>of(runs, metric, target, lowerIsBetter, smoothing)) {
            o.addListener(remeasure);
        }
    }

    private void watch(RunItem r) {
        for (Observable o : List.<Observable>of(r.dateProperty(), r.computeProperty(), r.displayNameProperty())) {
            o.addListener(remeasure);
        }
    }

    private void unwatch(RunItem r) {
        for (Observable o : List.<Observable>of(r.dateProperty(), r.computeProperty(), r.displayNameProperty())) {
            o.removeListener(remeasure);
        }
    }

    /** Every tag of the loaded runs; the metric follows the first accuracy-like one until the user picks one. */
    private void refreshMetrics() {
        Set<String> all = new LinkedHashSet<>();
        runs.forEach(r -> all.addAll(r.run().tags()));
        metrics.setAll(all);
        if (metric.get() == null && !all.isEmpty()) {
            metric.set(all.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("acc")).findFirst()
                    .orElse(all.iterator().next()));
        }
    }

    /** The question asked of every run, or null while there is no metric or target. */
    public MetricTarget question() {
        FxThread.assertFxThread();
        if (metric.get() == null || !Double.isFinite(target.get())) {
            return null;
        }
        double w = smoothing.get();
        return new MetricTarget(metric.get(), target.get(), lowerIsBetter.get() ? TargetDirection.LOWER_IS_BETTER
                : TargetDirection.HIGHER_IS_BETTER, new ComputeSource.LoggedFlops(), w > 0 && w < 1 ? w : Double.NaN);
    }

    /** Measures every run again in the background (debounced; the newest request wins). */
    public void remeasure() {
        FxThread.assertFxThread();
        MetricTarget q = question();
        List<RunInput> inputs = runs.stream().map(RunItem::toInput).toList();
        if (q == null) {
            String why = metric.get() == null ? "choose a metric and a target" : "choose a target";
            updates.submit("Runs", (p, c) -> RunsTrendService.unmeasured(inputs, why), rows -> show(null, rows),
                    f -> show(null, List.of()));
            return;
        }
        updates.submit("Measuring compute to target", (progress, cancel) -> service.measure(inputs, q, progress,
                cancel), trend -> show(trend, trend.outcomes()), failure -> {
                    summary.set("could not measure: " + failure.getMessage());
                    rows.clear();
                    dataset.set(null);
                });
    }

    private void show(RunsTrend trend, List<RunOutcome> outcomes) {
        rows.setAll(outcomes);
        if (trend == null) {
            dataset.set(null);
            summary.set(outcomes.isEmpty() ? "no runs loaded" : outcomes.size() + " run(s): "
                    + outcomes.get(0).reason());
            return;
        }
        dataset.set(trend.dataset());
        long points = trend.outcomes().stream().filter(RunOutcome::isTrendPoint).count();
        long notMeasured = trend.outcomes().stream().filter(o -> o.status() == RunOutcome.Status.NOT_MEASURED).count();
        long notReached = trend.outcomes().stream().filter(o -> o.status() == RunOutcome.Status.NOT_REACHED).count();
        long undated = trend.outcomes().stream().filter(o -> o.status() == RunOutcome.Status.REACHED
                && o.date() == null).count();
        summary.set(points + " of " + trend.outcomes().size() + " run(s) on the trend chart"
                + part(notReached, "not reached") + part(notMeasured, "cannot be measured")
                + part(undated, "without a date"));
    }

    private static String part(long n, String what) {
        return n == 0 ? "" : "; " + n + " " + what;
    }

    /** Sets (or, with null, clears) the compute source of several runs at once. */
    public void setCompute(List<RunItem> selected, ComputeSource source) {
        FxThread.assertFxThread();
        selected.forEach(r -> r.computeProperty().set(source));
    }

    /** Sets (or, with null, clears back to the log's) the date of several runs at once. */
    public void setDate(List<RunItem> selected, LocalDate date) {
        FxThread.assertFxThread();
        selected.forEach(r -> r.dateProperty().set(date));
    }

    /** The loaded run behind a row, or null when it went away. */
    public RunItem itemFor(RunOutcome row) {
        FxThread.assertFxThread();
        return runs.stream().filter(r -> r.key().equals(row.key())).findFirst().orElse(null);
    }

    /** The rows as CSV (what "Copy as CSV" puts on the clipboard). */
    public String rowsAsCsv(List<RunOutcome> selected) {
        FxThread.assertFxThread();
        return RunsTableCsv.toCsv(selected.isEmpty() ? rows : selected, question());
    }

    public ObservableList<RunItem> runs() {
        return runs;
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public StringProperty metricProperty() {
        return metric;
    }

    /** Target value, NaN for none. */
    public DoubleProperty targetProperty() {
        return target;
    }

    public BooleanProperty lowerIsBetterProperty() {
        return lowerIsBetter;
    }

    /** TensorBoard smoothing weight for the target search, 0 (none) to 0.999. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** One row per run, in the order the runs were loaded. */
    public ObservableList<RunOutcome> rows() {
        return rows;
    }

    /** The runs data set, or null while no run is a point. */
    public ReadOnlyObjectProperty<TrendDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
