// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.TensorBoardSmoothing;
import org.algoeff.workbench.analysis.plot.CurveMath;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.PlotSpecBuilder;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * State of the training-curve chart: which series of which runs against what x, scales, TensorBoard-style
 * smoothing, target; the curves (raw and smoothed arrays, target crossing) are computed in the background.
 * FX thread only; no Nodes.
 */
public final class CurveViewModel {
    private final LatestWins updates;
    private final ObservableList<RunItem> runs = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<XQuantity> xQuantity = new SimpleObjectProperty<>(XQuantity.STEP);
    private final BooleanProperty logX = new SimpleBooleanProperty(false);
    private final BooleanProperty logY = new SimpleBooleanProperty(false);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final DoubleProperty target = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty lowerIsBetter = new SimpleBooleanProperty(true);
    /** The metric the target is for (the runs table's); crossings are marked only on its curves. Null: any. */
    private final StringProperty targetMetric = new SimpleStringProperty();
    /** Smoothing of the target search (the runs table's), so the markers sit where the table says; 0 is none. */
    private final DoubleProperty targetSmoothing = new SimpleDoubleProperty(0);
    private final ReadOnlyObjectWrapper<List<Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final InvalidationListener recompute = o -> recompute();

    public CurveViewModel(LatestWins updates) {
        this.updates = updates;
        runs.addListener((Observable o) -> refreshTags());
        runs.addListener((ListChangeListener<RunItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> r.computeProperty().removeListener(recompute));
                c.getAddedSubList().forEach(r -> r.computeProperty().addListener(recompute));
            }
        });
        for (Observable o : List.<Observable>of(runs, tag, xQuantity, smoothing, target, lowerIsBetter, targetMetric,
                targetSmoothing)) {
            o.addListener(recompute);
        }
    }

    private void refreshTags() {
        Set<String> all = new LinkedHashSet<>();
        runs.forEach(r -> all.addAll(r.run().tags()));
        tags.setAll(all);
        if (tag.get() == null || !all.contains(tag.get())) {
            tag.set(all.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("loss")).findFirst()
                    .orElse(all.isEmpty() ? null : all.iterator().next()));
        }
    }

    /** Recomputes the curves in the background (latest request wins). */
    public void recompute() {
        FxThread.assertFxThread();
        List<RunItem> items = runs.stream().filter(r -> !r.hiddenProperty().get()).toList();
        List<String> names = items.stream().map(r -> r.displayNameProperty().get()).toList();
        List<ComputeSource> sources = items.stream().map(r -> r.computeProperty().get() == null
                ? (ComputeSource) new ComputeSource.LoggedFlops() : r.computeProperty().get()).toList();
        String t = tag.get();
        XQuantity q = xQuantity.get();
        double w = smoothing.get();
        boolean marks = targetMetric.get() == null || targetMetric.get().equals(t);
        double goal = marks ? target.get() : Double.NaN;
        double searchWeight = targetSmoothing.get();
        boolean lower = lowerIsBetter.get();
        updates.submit("Preparing curves", (progress, cancel) -> {
            List<Curve> out = new ArrayList<>();
            List<String> noCompute = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                cancel.throwIfCancelled();
                MetricSeries s = t == null ? null : items.get(i).run().series(t).orElse(null);
                double[] x;
                try {
                    x = s == null ? null : CurveMath.xValues(items.get(i).run(), s, q, sources.get(i));
                } catch (IllegalArgumentException e) {
                    noCompute.add(names.get(i));
                    continue;
                }
                if (x == null) {
                    continue;
                }
                double[] y = s.copyValues();
                double[] smooth = w > 0 ? TensorBoardSmoothing.smooth(y, w) : null;
                double[] searched = searchWeight > 0 && searchWeight < 1 ? TensorBoardSmoothing.smooth(y, searchWeight)
                        : y;
                double[] hit = CurveMath.crossing(x, searched, goal, lower);
                out.add(new Curve(names.get(i), i, x, y, smooth, hit == null ? Double.NaN : hit[0],
                        hit == null ? Double.NaN : hit[1]));
            }
            return new Prepared(out, noCompute);
        }, prepared -> {
            curves.set(prepared.curves());
            note.set(prepared.noCompute().isEmpty() ? "" : prepared.noCompute().size() + " run(s) not drawn: no "
                    + "compute (set a compute source on the Runs tab): " + String.join(", ", prepared.noCompute()));
        }, failure -> curves.set(List.of()));
    }

    /** What a recompute produced: the curves, and the runs left out for want of compute. */
    private record Prepared(List<Curve> curves, List<String> noCompute) {
    }

    /** The chart as a PlotSpec (reduced to min/max per pixel column) for SVG/CSV export. */
    public PlotSpec spec(int widthPixels) {
        FxThread.assertFxThread();
        return PlotSpecBuilder.curves(new CurvePlotRequest(tag.get() == null ? "" : tag.get(), xQuantity.get().label(),
                tag.get() == null ? "value" : tag.get(), logX.get(), logY.get(), curves.get(), target.get(),
                Math.max(50, widthPixels)));
    }

    public ObservableList<RunItem> runs() {
        return runs;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<XQuantity> xQuantityProperty() {
        return xQuantity;
    }

    public BooleanProperty logXProperty() {
        return logX;
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    /** TensorBoard smoothing weight, 0 (off) to 0.999. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Target value, NaN for none. */
    public DoubleProperty targetProperty() {
        return target;
    }

    public BooleanProperty lowerIsBetterProperty() {
        return lowerIsBetter;
    }

    /** The metric the target belongs to; crossings are marked only when it is the series shown (null: always). */
    public StringProperty targetMetricProperty() {
        return targetMetric;
    }

    /** Smoothing weight of the target search, 0 (none) to 0.999; the drawn smoothing is {@link #smoothingProperty}. */
    public DoubleProperty targetSmoothingProperty() {
        return targetSmoothing;
    }

    /** Why some runs are not drawn ("" when all are). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Curve>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }
}
