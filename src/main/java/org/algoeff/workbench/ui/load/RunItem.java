// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.runs.RunDates;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;

/**
 * A loaded run as the user edits it: display name, date override, compute source and hidden flag, over the date its
 * log records. Built on a worker thread (finding the recorded date scans the points once); its properties are FX
 * thread only.
 */
public final class RunItem {
    private final Run run;
    private final RecordedDate recordedDate;
    private final StringProperty displayName;
    /** The date the user set, or null to use {@link #recordedDate()}. */
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** The compute source the user set, or null for the log's own FLOPs ("auto"). */
    private final ObjectProperty<ComputeSource> compute = new SimpleObjectProperty<>();
    private final BooleanProperty hidden = new SimpleBooleanProperty(false);

    public RunItem(Run run) {
        this.run = run;
        this.recordedDate = RunDates.recorded(run).orElse(null);
        this.displayName = new SimpleStringProperty(run.name());
    }

    public Run run() {
        return run;
    }

    /** The run's identity ({@link Run#key()}): what workspaces and the runs table key it by. */
    public String key() {
        return run.key();
    }

    /** What the run's log records as its date, or null when it records no time. */
    public RecordedDate recordedDate() {
        return recordedDate;
    }

    /** The date in use: the user's, else the log's, else null. */
    public LocalDate effectiveDate() {
        return date.get() != null ? date.get() : recordedDate == null ? null : recordedDate.date();
    }

    /** The run with what the user set, for the runs service. */
    public RunInput toInput() {
        return new RunInput(run, displayName.get(), date.get(), compute.get());
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** The user's date; null means the log's ({@link #recordedDate()}). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The user's compute source; null means the log's own FLOPs. */
    public ObjectProperty<ComputeSource> computeProperty() {
        return compute;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }
}
