// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.csv.CsvFlavor;
import org.algoeff.workbench.io.csv.CsvLogReader;
import org.algoeff.workbench.io.hf.TrainerStateReader;
import org.algoeff.workbench.io.jsonl.JsonlFlavor;
import org.algoeff.workbench.io.jsonl.JsonlLogReader;
import org.algoeff.workbench.io.mlflow.MlflowFileStoreReader;
import org.algoeff.workbench.io.mlflow.MlflowSqliteReader;
import org.algoeff.workbench.io.tfevents.TfEventsReader;
import org.algoeff.workbench.io.wandb.WandbApiExportReader;
import org.algoeff.workbench.io.wandb.WandbBinaryReader;
import org.algoeff.workbench.io.wandb.WandbMetadataReader;
import org.algoeff.workbench.io.wandb.WandbSummaryReader;

/**
 * The one place where the log readers are listed. Order matters: detection asks each reader in turn and takes
 * the first that accepts, so readers that recognise magic bytes come first and catch-all CSV comes last.
 * Binary formats (TensorBoard event files, W&B {@code .wandb}) are registered here beside the text formats.
 */
public final class LogReaders {
    private LogReaders() {
    }

    /** Every reader, most specific first, choosing the x column of CSV/JSONL automatically. */
    public static List<LogReader> all() {
        return all(null);
    }

    /**
     * Every reader, most specific first.
     *
     * @param xColumn CSV column / JSONL key used as the x axis of every CSV and JSONL log, or null for the
     *                default ({@code step}-like, else the first whole-number column, else the row index)
     */
    public static List<LogReader> all(String xColumn) {
        return all(xColumn, false);
    }

    /**
     * Every reader, most specific first.
     *
     * @param xColumn       as {@link #all(String)}
     * @param wandbInternal whether W&B bookkeeping keys ({@code _runtime}, {@code _wandb/*}, media fields) are
     *                      kept as series ({@code --wandb-internal}); hidden by default
     */
    public static List<LogReader> all(String xColumn, boolean wandbInternal) {
        return List.of(
                new MlflowSqliteReader(),
                new WandbBinaryReader(wandbInternal),
                new TfEventsReader(),
                new MlflowFileStoreReader(),
                new TrainerStateReader(),
                new JsonlLogReader(JsonlFlavor.ALGOEFF_RERUN, xColumn),
                new JsonlLogReader(JsonlFlavor.WANDB_HISTORY, xColumn, wandbInternal),
                new JsonlLogReader(JsonlFlavor.GENERIC, xColumn),
                new WandbSummaryReader(wandbInternal),
                new WandbApiExportReader(wandbInternal),
                new WandbMetadataReader(),
                new CsvLogReader(CsvFlavor.WANDB_EXPORT, xColumn),
                new CsvLogReader(CsvFlavor.LIGHTNING, xColumn),
                new CsvLogReader(CsvFlavor.KERAS, xColumn),
                new CsvLogReader(CsvFlavor.GENERIC, xColumn));
    }

    /** Reader that merges the event files of one TensorBoard run folder (TensorBoard: a folder is a run). */
    public static Optional<RunFolderReader> eventFolderReader() {
        return Optional.of(TfEventsReader::readRunFolder);
    }
}
