// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.algoeff.workbench.analysis.ctt.TensorBoardSmoothing;
import org.algoeff.workbench.analysis.plot.CurveMath;
import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest;
import org.algoeff.workbench.analysis.plot.CurvePlotRequest.Curve;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.PlotSpecBuilder;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.MetricSeries;
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
    private final ReadOnlyObjectWrapper<List<Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    /** What each curve of {@link #curves} is: its run and series (same order). */
    private List<Plotted> plotted = List.of();

    /** A curve and what it shows. */
    private record Plotted(RunItem run, String tag, Curve curve) {
    }

    public CurveViewModel(LatestWins updates) {
        this.updates = updates;
        runs.addListener((Observable o) -> refreshTags());
        for (Observable o : List.<Observable>of(runs, tags.ticked(), tags.matching(), xQuantity, smoothing, target,
                lowerIsBetter)) {
            o.addListener(ignored -> recompute());
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
        List<RunItem> items = runs.stream().filter(r -> !r.hiddenProperty().get()).toList();
        List<String> names = items.stream().map(r -> r.displayNameProperty().get()).toList();
        List<String> series = tags.plotted();
        XQuantity q = xQuantity.get();
        double w = smoothing.get();
        double goal = target.get();
        boolean lower = lowerIsBetter.get();
        updates.submit("Preparing curves", (progress, cancel) -> {
            List<Plotted> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                for (String t : series) {
                    cancel.throwIfCancelled();
                    MetricSeries s = items.get(i).run().series(t).orElse(null);
                    double[] x = s == null ? null : CurveMath.xValues(items.get(i).run(), s, q);
                    if (x == null) {
                        continue;
                    }
                    double[] y = s.copyValues();
                    double[] smooth = w > 0 ? TensorBoardSmoothing.smooth(y, w) : null;
                    double[] hit = CurveMath.crossing(x, smooth == null ? y : smooth, goal, lower);
                    String name = series.size() > 1 ? names.get(i) + " · " + t : names.get(i);
                    out.add(new Plotted(items.get(i), t, new Curve(name, out.size(), x, y, smooth,
                            hit == null ? Double.NaN : hit[0], hit == null ? Double.NaN : hit[1])));
                }
            }
            return out;
        }, result -> {
            plotted = result;
            curves.set(result.stream().map(Plotted::curve).toList());
        }, failure -> {
            plotted = List.of();
            curves.set(List.of());
        });
    }

    /** The y axis title: the series plotted ("value" for none, or for more than three). */
    public String yLabel() {
        List<String> series = tags.plotted();
        return series.isEmpty() || series.size() > 3 ? "value" : String.join(", ", series);
    }

    /**
     * What the chart shows, as a description for the screen and the exports alike.
     *
     * @param buckets x buckets for the exports' min/max reduction (about the plot width in pixels)
     */
    public CurvePlotRequest request(int buckets) {
        FxThread.assertFxThread();
        String title = String.join(", ", tags.plotted());
        return new CurvePlotRequest(title, xQuantity.get().label(), yLabel(), logX.get(), logY.get(), curves.get(),
                target.get(), Math.max(50, buckets));
    }

    /** The chart as a PlotSpec (reduced to min/max per pixel column) for SVG/CSV export. */
    public PlotSpec spec(int widthPixels) {
        FxThread.assertFxThread();
        return PlotSpecBuilder.curves(request(widthPixels));
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

    /**
     * Each dated run's compute-to-target as a point for the trend chart: (run date, compute where the curve of the
     * first plotted series first reaches the target, interpolated between logged points as {@code algoeff ctt}
     * does). Needs x = compute; runs without a date or a crossing are skipped.
     */
    public List<PlotAnnotation> computeToTargetPoints() {
        FxThread.assertFxThread();
        List<PlotAnnotation> out = new ArrayList<>();
        String first = targetTag();
        if (xQuantity.get() != XQuantity.COMPUTE || first == null) {
            return out;
        }
        for (Plotted p : plotted) {
            LocalDate date = p.run().dateProperty().get();
            if (p.tag().equals(first) && date != null && p.curve().targetX() > 0) {
                out.add(new PlotAnnotation(DecimalYear.of(date), p.curve().targetX(),
                        p.run().displayNameProperty().get()));
            }
        }
        return out;
    }

    /** The series the target is about: the first plotted one, or null. */
    public String targetTag() {
        List<String> series = tags.plotted();
        return series.isEmpty() ? null : series.get(0);
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

    public ReadOnlyObjectProperty<List<Curve>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }
}
