// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.algoeff.workbench.model.Run;

/** A loaded run as the user edits it: display name, date (for the trend chart) and hidden flag. FX thread only. */
public final class RunItem {
    private final Run run;
    private final StringProperty displayName;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty hidden = new SimpleBooleanProperty(false);

    public RunItem(Run run) {
        this.run = run;
        this.displayName = new SimpleStringProperty(run.name());
    }

    public Run run() {
        return run;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }
}
