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

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.HardwareTrends;
import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.model.DateRange;
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
    private final ObservableList<PlotAnnotation> runPoints = FXCollections.observableArrayList();
    private final BooleanProperty frontierOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
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
    private int resamples = FitOptions.DEFAULT_RESAMPLES;
    private long seed = FitOptions.DEFAULT_SEED;

    public TrendViewModel(TrendChartComposer composer, LatestWins refits) {
        this.composer = composer;
        this.refits = refits;
        datasets.addListener((Observable ignored) -> refreshChoices());
        for (Observable o : List.<Observable>of(datasets, runPoints, frontierOnly, from, to, hardware, doublingMonths,
                overlayVisible, anchor, fitted, title)) {
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
        FitOptions options = new FitOptions(frontierOnly.get(), range(), resamples, seed, null);
        HardwareTrend overlay = overlay();
        String t = title.get();
        List<PlotAnnotation> notes = List.copyOf(runPoints);
        TrendPoint at = anchor.get();
        int index = Math.max(0, sets.stream().map(TrendDataset::name).toList().indexOf(fitted.get()));
        refits.submit("Fitting trend", (progress, cancel) -> composer.compose(t, sets, index, options, overlay, at,
                notes, progress, cancel), result -> {
                    spec.set(result.spec());
                    fit.set(result.fit().orElse(null));
                    readout.set(result.readout());
                }, failure -> readout.set("fit failed: " + failure.getMessage()));
    }

    /**
     * The choices that follow the loaded data sets: every point by date (where the overlay can be anchored) and the
     * set names (which one is fitted); a choice whose data set went away falls back to the default.
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
        ListEdits.match(fittedChoices, names);
        if (fitted.get() != null && !names.contains(fitted.get())) {
            fitted.set(null);
        }
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
        FxThread.assertFxThread();
        if (start != null && end != null && end.isBefore(start)) {
            from.set(end);
            to.set(start);
        } else {
            from.set(start);
            to.set(end);
        }
    }

    /** Bootstrap settings (from a workspace); refits. */
    public void setBootstrap(int newResamples, long newSeed) {
        FxThread.assertFxThread();
        resamples = newResamples;
        seed = newSeed;
        refit();
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    private DateRange range() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (a != null && b != null && b.isBefore(a)) {
            return new DateRange(b, a);
        }
        return new DateRange(a, b);
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

    /** Runs' compute-to-target points shown on the trend chart. */
    public ObservableList<PlotAnnotation> runPoints() {
        return runPoints;
    }

    public BooleanProperty frontierOnlyProperty() {
        return frontierOnly;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
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

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Why the overlay no longer goes through the point the user picked ("" while it does, or none was picked). */
    public ReadOnlyStringProperty anchorNoticeProperty() {
        return anchorNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return refits.busyProperty();
    }
}
