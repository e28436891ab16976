// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.task.ProgressSink;

/**
 * Runs sweeps and bulk compute-to-target jobs on a distributed engine. This interface names no Spark type, so
 * the CLI can hold one while Spark itself is loaded only by {@link SweepEngines#spark}.
 */
public interface SweepEngine extends AutoCloseable {
    /** Runs every cell of {@code grid} not yet complete in {@code output}, then writes the summary tables. */
    SweepReport sweep(SweepGrid grid, String output, ProgressSink progress) throws IOException;

    /** One task per run source found under {@code root}; writes {@code ctt.csv} and {@code ctt.parquet}. */
    List<CttRow> computeToTarget(Path root, CttSpec spec, String output, ProgressSink progress) throws IOException;

    /** Stops the engine's session if this engine started it. */
    @Override
    void close();
}
