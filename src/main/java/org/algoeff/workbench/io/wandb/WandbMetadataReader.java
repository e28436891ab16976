// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Recognises a W&amp;B {@code wandb-metadata.json} read on its own: it holds the run's program, host and start time
 * but no metrics, so it gives no run and says where its metadata is read (with the run's history). Not an error:
 * it is a known file, not an unreadable one. Stateless and thread-safe.
 */
public final class WandbMetadataReader implements LogReader {
    /** Format id of {@code wandb-metadata.json}. */
    public static final String FORMAT_ID = "wandb-metadata";

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return file.getFileName() != null && file.getFileName().toString().equals(WandbRunFiles.METADATA);
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) {
        return new ParseResult<>(List.of(), List.of(Problem.warning(file.toString(), "", "W&B run metadata "
                + "(program, host, start time), no metrics: it is read as metadata of the run's wandb-history.jsonl "
                + "beside it")));
    }
}
