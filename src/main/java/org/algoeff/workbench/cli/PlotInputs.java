// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.LoadedSource;
import org.algoeff.workbench.io.detect.PathLoader;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The data sets {@code plot} draws, decided by the same {@link PathLoader} as the window and {@code inspect}: data-set
 * CSVs (also inside folders), sweep folders. A path given directly that is not a data set is an error naming it;
 * inside a folder, other sources are only warned about.
 */
final class PlotInputs {
    private PlotInputs() {
    }

    /** @param columns the --date-col/--value-col choice; when set, every file given is read as a data set with it */
    static List<TrendDataset> datasets(List<Path> paths, ColumnChoice columns, PrintWriter err) {
        Map<Path, ColumnChoice> choices = new HashMap<>();
        if (columns.dateColumn() != null || columns.valueColumn() != null) {
            paths.stream().filter(Files::isRegularFile).forEach(p -> choices.put(p, columns));
        }
        LoadOutcome outcome = new PathLoader().load(paths, choices, ProgressSink.NONE, CancellationToken.NEVER);
        outcome.folders().forEach(f -> f.problems().forEach(p -> err.println("warning: " + p.describe())));
        List<TrendDataset> sets = new ArrayList<>();
        for (LoadedSource s : outcome.sources()) {
            boolean given = s.root().equals(s.path());
            if (s instanceof LoadedSource.Datasets d) {
                d.problems().forEach(p -> err.println("warning: " + p.describe()));
                sets.addAll(d.datasets());
            } else if (s instanceof LoadedSource.Sweep w) {
                w.problems().forEach(p -> err.println("warning: " + p.describe()));
                w.datasets().stream().filter(x -> !x.points().isEmpty()).forEach(sets::add);
            } else if (given) {
                throw new IllegalArgumentException(notADataset(s));
            } else {
                err.println("warning: " + s.path() + ": skipped, not a data set (" + kind(s) + ")");
            }
        }
        return sets;
    }

    private static String notADataset(LoadedSource s) {
        if (s instanceof LoadedSource.Failed f) {
            return s.path() + ": no plottable rows" + f.problems().stream().findFirst().map(Problem::describe)
                    .map(d -> " (" + d + ")").orElse("");
        }
        return s.path() + ": no plottable rows (" + kind(s) + "; plot takes data-set CSVs with a date and a compute "
                + "column, or give them with --date-col and --value-col)";
    }

    private static String kind(LoadedSource s) {
        if (s instanceof LoadedSource.Runs r) {
            return "a training log read as " + r.format() + "; ctt turns its runs into compute-to-target";
        }
        if (s instanceof LoadedSource.Workspace) {
            return "a workspace; open it in the window";
        }
        return s.problems().isEmpty() ? "nothing readable" : s.problems().get(0).message();
    }
}
