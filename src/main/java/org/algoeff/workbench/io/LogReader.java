// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads one training-log format. Implementations are stateless and thread-safe.
 *
 * <p>Bad content is reported as {@link org.algoeff.workbench.model.Problem}s in the result, keeping every
 * valid point before and after it; only I/O failures (file vanished, permission denied) throw.
 */
public interface LogReader {
    /** Stable id of the format, used in JSON output and workspaces, e.g. "tfevents". */
    String formatId();

    /**
     * Whether this reader recognises the file, judging by its name and its first bytes.
     *
     * @param file the file (its name may be all there is to go on)
     * @param head up to the first 4 KiB of the file, already decompressed if the file is gzip
     */
    boolean accepts(Path file, byte[] head);

    /** Reads every run in the file (most formats hold one; exports and databases may hold several). */
    ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException;
}
