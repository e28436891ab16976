// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;

/** Reads a data-set CSV for a command that fits it, with the same rules for bad rows everywhere. */
final class DatasetInput {
    private DatasetInput() {
    }

    /**
     * The data set, or null after printing why it cannot be fitted to {@code err}: no points, or (unless
     * {@code skipBadRows}) a malformed row, named by file, line and column. Other problems are printed as warnings.
     */
    static TrendDataset read(Path file, ColumnChoice columns, boolean skipBadRows, PrintWriter err)
            throws IOException {
        ParseResult<TrendDataset> read = new TrendCsvReader(ToolVersion.current())
                .read(file, columns, CancellationToken.NEVER);
        List<Problem> errors = read.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (read.value().points().isEmpty() && errors.isEmpty()) {
            err.println("algoeff: " + file + ": no data points");
            return null;
        }
        if (read.value().points().isEmpty() || (!errors.isEmpty() && !skipBadRows)) {
            err.println("algoeff: " + errors.get(0).describe()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; --skip-bad-rows fits the rest)" : ""));
            return null;
        }
        read.problems().forEach(p -> err.println("warning: " + p.describe()));
        return read.value();
    }
}
