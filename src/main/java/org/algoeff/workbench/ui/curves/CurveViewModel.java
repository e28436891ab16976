// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

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

import org.algoeff.workbench.analysis.plot.CurveChartComposer;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.PlotSpecBuilder;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.task.LatestWins;

/**
 * State of the training-curve chart: which series (one or several, see {@link TagSelection}) of which runs against
 * what x, scales, TensorBoard-style smoothing, target; the curves (raw and smoothed arrays, target crossing) are
 * computed in the background, one per run and plotted series, each in its own colour. FX thread only; no Nodes.
 */
public final class CurveViewModel {
    private final LatestWins updates;
    private final ObservableList<RunItem> runs = FXCollections.observableArrayList();
    private final TagSelection tags = new TagSelection();
    private final ObjectProperty<XQuantity> xQuantity = new SimpleObjectProperty<>(XQuantity.STEP);
    private final BooleanProperty logX = new SimpleBooleanProperty(false);
    private final BooleanProperty logY = new SimpleBooleanProperty(false);
    /** The largest smoothing weight (1 would never move off the first value). */
    public static final double MAX_SMOOTHING = 0.999;
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
        for (Observable o : List.<Observable>of(runs, tags.ticked(), tags.matching(), xQuantity, smoothing, target,
                lowerIsBetter, targetMetric, targetSmoothing)) {
            o.addListener(recompute);
        }
    }

    private void refreshTags() {
        Set<String> all = new LinkedHashSet<>();
        runs.forEach(r -> all.addAll(r.run().tags()));
        tags.setAll(all);
    }

    /** Recomputes the curves in the background (latest request wins). */
    public void recompute() {
        FxThread.assertFxThread();
        List<CurveChartComposer.Input> inputs = runs.stream().filter(r -> !r.hiddenProperty().get())
                .map(r -> new CurveChartComposer.Input(r.displayNameProperty().get(), r.run(),
                        r.computeProperty().get())).toList();
        CurveChartComposer.Settings settings = settings();
        updates.submit("Preparing curves", (progress, cancel) -> CurveChartComposer.curves(inputs, settings, cancel),
                prepared -> {
                    curves.set(prepared.curves());
                    note.set(prepared.noCompute().isEmpty() ? "" : prepared.noCompute().size() + " run(s) not drawn: "
                            + "no compute (set a compute source on the Runs tab): "
                            + String.join(", ", prepared.noCompute()));
                }, failure -> curves.set(List.of()));
    }

    /** The chart's settings now (what the curves and the exports are drawn with). */
    public CurveChartComposer.Settings settings() {
        double search = targetSmoothing.get();
        return new CurveChartComposer.Settings(tags.plotted(), xQuantity.get(), logX.get(), logY.get(),
                Math.min(MAX_SMOOTHING, Math.max(0, smoothing.get())), target.get(), targetMetric.get(),
                search > 0 && search < 1 ? search : 0, lowerIsBetter.get());
    }

    /** The y axis title: the series plotted ("value" for none, or for more than three). */
    public String yLabel() {
        return settings().yLabel();
    }

    /**
     * What the chart shows, as a description for the screen and the exports alike.
     *
     * @param buckets x buckets for the exports' min/max reduction (about the plot width in pixels)
     */
    public CurvePlotRequest request(int buckets) {
        FxThread.assertFxThread();
        return CurveChartComposer.request(curves.get(), settings(), buckets);
    }

    /** The chart as a PlotSpec (reduced to min/max per pixel column) for the exports, over the whole data. */
    public PlotSpec spec(int widthPixels) {
        return spec(widthPixels, null);
    }

    /**
     * The chart as the exports draw it, over the on-screen view {xMin, xMax, yMin, yMax} (null for the whole data):
     * an export of a zoomed chart shows the zoom.
     */
    public PlotSpec spec(int widthPixels, double[] view) {
        FxThread.assertFxThread();
        return PlotSpecBuilder.curves(request(widthPixels), view);
    }

    /**
     * Sets the smoothing weight from typed text ("0.9"), clamped to 0..0.999; false (nothing changes) when the text
     * is not a number.
     */
    public boolean setSmoothing(String text) {
        FxThread.assertFxThread();
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isNaN(v)) {
                return false;
            }
            smoothing.set(Math.max(0, Math.min(MAX_SMOOTHING, v)));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public ObservableList<RunItem> runs() {
        return runs;
    }

    /** The series: every tag of the loaded runs, the filter, which are ticked and which are plotted. */
    public TagSelection tags() {
        return tags;
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
