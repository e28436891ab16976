// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** Reads the several files of one run folder as one run (TensorBoard writes a new event file per restart). */
@FunctionalInterface
public interface RunFolderReader {
    /** @param files the run's files, in the order to merge them (lexicographic = chronological for tfevents) */
    ParseResult<List<Run>> read(List<Path> files, ProgressSink progress, CancellationToken cancel) throws IOException;
}
