// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Where dropped files and folders are decided and read; synchronous and cancellable. The composition root passes
 * {@code io.detect.PathLoader} (through {@link LazyPathLoader}), the same loader {@code plot} and {@code inspect} use.
 */
@FunctionalInterface
public interface SourceLoader {
    /** @param columns date and value columns chosen per CSV file (read as data sets with them) */
    LoadOutcome load(List<Path> paths, Map<Path, ColumnChoice> columns, ProgressSink progress, CancellationToken cancel)
            throws IOException;
}
