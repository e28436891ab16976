// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.trend;

import java.time.LocalDate;
import java.util.List;

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

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.ui.FxThread;

/**
 * The fit settings as editable properties over the one settings record: every edit yields a new {@link FitOptions}
 * in {@link #optionsProperty()} (what the chart refits with and the workspace saves), and {@link #apply} puts a
 * record back. Starts from {@link FitOptions#DEFAULT}. FX thread only; no Nodes.
 */
public final class FitSettingsViewModel {
    private final BooleanProperty frontierOnly = new SimpleBooleanProperty();
    private final BooleanProperty frontierInWindow = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty whereText = new SimpleStringProperty("");
    private final StringProperty groupBy = new SimpleStringProperty();
    private final ReadOnlyStringWrapper whereError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FitOptions> options = new ReadOnlyObjectWrapper<>(FitOptions.DEFAULT);
    /** Settings with no control in the window, kept as the record has them. */
    private int resamples;
    private long seed;
    private TrendDirection direction;
    private List<RowFilter> where = List.of();
    private boolean applying;

    public FitSettingsViewModel() {
        apply(FitOptions.DEFAULT);
        for (Observable o : List.<Observable>of(frontierOnly, frontierInWindow, from, to, whereText, groupBy)) {
            o.addListener(ignored -> update());
        }
    }

    /** Puts a record's settings into the properties (one update, not one per property). */
    public void apply(FitOptions o) {
        FxThread.assertFxThread();
        applying = true;
        try {
            frontierOnly.set(o.frontierOnly());
            frontierInWindow.set(o.frontierScope() == FitOptions.FrontierScope.WITHIN_WINDOW);
            from.set(o.from());
            to.set(o.to());
            whereText.set(RowFilter.joinAll(o.where()));
            groupBy.set(o.groupBy());
            resamples = o.bootstrapResamples();
            seed = o.seed();
            direction = o.direction();
        } finally {
            applying = false;
        }
        update();
    }

    /** Bootstrap resamples and seed (no control; from a workspace or a test). */
    public void setBootstrap(int newResamples, long newSeed) {
        FxThread.assertFxThread();
        resamples = newResamples;
        seed = newSeed;
        update();
    }

    /** Sets the date window (e.g. from a drag on the date axis), either order; null bounds are open. */
    public void setWindow(LocalDate start, LocalDate end) {
        FxThread.assertFxThread();
        boolean swap = start != null && end != null && end.isBefore(start);
        applying = true;
        try {
            from.set(swap ? end : start);
            to.set(swap ? start : end);
        } finally {
            applying = false;
        }
        update();
    }

    /**
     * Rebuilds the record; a filter text that does not parse is reported in {@link #whereErrorProperty()} and the
     * last good filters stay in force.
     */
    private void update() {
        if (applying) {
            return;
        }
        try {
            where = RowFilter.parseAll(whereText.get());
            whereError.set("");
        } catch (IllegalArgumentException e) {
            whereError.set(e.getMessage());
        }
        LocalDate a = from.get();
        LocalDate b = to.get();
        boolean swap = a != null && b != null && b.isBefore(a);
        options.set(new FitOptions(frontierOnly.get(), frontierInWindow.get() ? FitOptions.FrontierScope.WITHIN_WINDOW
                : FitOptions.FrontierScope.WHOLE_DATASET, swap ? b : a, swap ? a : b, where, groupBy.get(), resamples,
                seed, direction));
    }

    /** The settings as one record; changes on every edit. */
    public ReadOnlyObjectProperty<FitOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public BooleanProperty frontierOnlyProperty() {
        return frontierOnly;
    }

    /** With the frontier on: choose it inside the date window only (the earlier rule). */
    public BooleanProperty frontierInWindowProperty() {
        return frontierInWindow;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Row filters as one text: "Notability criteria~.+ AND Domain!=Games" (see {@link RowFilter#parseAll}). */
    public StringProperty whereTextProperty() {
        return whereText;
    }

    /** Why the filter text does not parse, or "" when it does. */
    public ReadOnlyStringProperty whereErrorProperty() {
        return whereError.getReadOnlyProperty();
    }

    /** Column to fit each value of separately, or null/blank for one fit. */
    public StringProperty groupByProperty() {
        return groupBy;
    }
}
