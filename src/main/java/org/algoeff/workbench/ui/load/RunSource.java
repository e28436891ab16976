// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Where dropped files and folders become runs; synchronous and cancellable. The composition root passes
 * {@code io.detect.RunLoader} here once it is available; problems name the file they belong to.
 */
@FunctionalInterface
public interface RunSource {
    ParseResult<List<Run>> load(List<Path> paths, ProgressSink progress, CancellationToken cancel) throws IOException;
}
