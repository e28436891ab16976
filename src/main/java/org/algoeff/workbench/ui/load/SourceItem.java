// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.algoeff.workbench.io.sweep.SweepSummaryReader;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.TrendDataset;

/**
 * One loaded file or folder in the sources list: either a trend data set or training runs, with the problems
 * found in it (shown next to it). Immutable except for the hidden flag.
 *
 * @param path     what the user dropped or opened
 * @param dataset  the data set, or null when this source holds runs
 * @param runs     the runs read from it (empty for a data set)
 * @param problems problems whose file lies in this source
 */
public record SourceItem(Path path, TrendDataset dataset, List<RunItem> runs, List<Problem> problems,
                         BooleanProperty hidden) {
    public SourceItem {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        hidden = hidden == null ? new SimpleBooleanProperty(false) : hidden;
    }

    /** Whether the user may pick this source's date and value columns: a single CSV file. */
    public boolean isCsvFile() {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") && !isSweep();
    }

    public boolean isDataset() {
        return dataset != null;
    }

    /** "trend CSV", "sweep" or the run formats, e.g. "tfevents". */
    public String format() {
        if (isDataset()) {
            return isSweep() ? "sweep" : "trend CSV";
        }
        return runs.isEmpty() ? "nothing read" : String.join(", ", runs.stream().map(r -> r.run().format()).distinct()
                .toList());
    }

    /** What the sources list shows: the data set's name for a sweep (one folder gives one per target), else the file. */
    public String displayName() {
        return isSweep() ? dataset.name() : String.valueOf(path.getFileName());
    }

    private boolean isSweep() {
        return isDataset() && SweepSummaryReader.isSweepDataset(dataset);
    }

    /** Number of data points (rows of a data set, or all points of all runs). */
    public long points() {
        return isDataset() ? dataset.points().size() : runs.stream().mapToLong(r -> r.run().totalPoints()).sum();
    }
}
