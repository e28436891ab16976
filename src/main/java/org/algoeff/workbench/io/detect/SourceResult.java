// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;

/**
 * What loading one source (a file, an MLflow store, a TensorBoard run folder) gave.
 *
 * @param source   the file or folder, as a path string
 * @param format   the detected format id, or "unknown" when nothing recognised it
 * @param runs     the runs read (empty when the source could not be read at all)
 * @param problems what was wrong, in the order found
 */
public record SourceResult(String source, String format, List<Run> runs, List<Problem> problems) {
    /** Format id reported for a source no reader recognised. */
    public static final String UNKNOWN = "unknown";

    public SourceResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }
}
