// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.TrendDataset;

/**
 * What one source found by {@link PathLoader} is, the one answer to "what is this path?" for the window,
 * {@code plot}, {@code inspect} and {@code ctt}: data sets, training runs, a sweep's output, a workspace to open, or
 * nothing readable. Every variant names the path the user gave ({@code root}: a file, or the folder it was found in)
 * and its own file or folder ({@code path}).
 */
public sealed interface LoadedSource {
    /** The file or folder the user gave. */
    Path root();

    /** This source's own file or folder (equal to {@code root} for a file given directly). */
    Path path();

    /** What was wrong, each naming its file. */
    List<Problem> problems();

    /** A data-set CSV (date and compute columns): its rows as a trend data set. */
    record Datasets(Path root, Path path, List<TrendDataset> datasets, List<Problem> problems)
            implements LoadedSource {
        public Datasets {
            Objects.requireNonNull(root, "root");
            datasets = List.copyOf(datasets);
            problems = List.copyOf(problems);
        }
    }

    /** Training runs read by a log reader ({@code format}: its id, e.g. "tfevents"). */
    record Runs(Path root, Path path, String format, List<Run> runs, List<Problem> problems)
            implements LoadedSource {
        public Runs {
            Objects.requireNonNull(root, "root");
            runs = List.copyOf(runs);
            problems = List.copyOf(problems);
        }
    }

    /** A sweep's output folder: one data set per (data set, target) of its grid with a complete cell. */
    record Sweep(Path root, Path path, List<TrendDataset> datasets, List<Problem> problems) implements LoadedSource {
        public Sweep {
            Objects.requireNonNull(root, "root");
            datasets = List.copyOf(datasets);
            problems = List.copyOf(problems);
        }
    }

    /** A workspace file ({@code .algoeff}) given on its own: the caller opens it as a workspace. */
    record Workspace(Path root, Path path) implements LoadedSource {
        @Override
        public List<Problem> problems() {
            return List.of();
        }
    }

    /** Nothing could be read from this source; {@code problems} say why (never empty). */
    record Failed(Path root, Path path, List<Problem> problems) implements LoadedSource {
        public Failed {
            Objects.requireNonNull(root, "root");
            problems = List.copyOf(problems);
        }
    }
}
