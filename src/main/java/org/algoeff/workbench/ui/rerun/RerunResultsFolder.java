// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.io.dataset.TrendCsvWriter;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;

/**
 * Where the Reruns panel keeps each batch's results: one trend CSV per batch, named after the data set and the time
 * ("your machine (cpu), 2026-11-28 1950.csv"). The window shows the file as read back, so a saved workspace reopens
 * it like any other source and what is plotted is exactly what was written. No JavaFX: runs on the rerun thread.
 */
public final class RerunResultsFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");
    private final Path folder;
    private final TrendCsvReader reader;

    public RerunResultsFolder(Path folder, TrendCsvReader reader) {
        this.folder = folder;
        this.reader = reader;
    }

    /** A batch's results as saved: the file and the data set read back from it. */
    public record Saved(Path file, TrendDataset dataset) {
    }

    /**
     * Creates a new folder for one batch's rerun logs ("logs, 2026-11-28 195012"), so the curves behind a saved
     * trend CSV can be read again ({@code algoeff ctt}, the halving-vs-target panel) and their headers say how
     * each run stopped.
     */
    public Path newLogFolder(LocalDateTime when) throws IOException {
        return Files.createDirectories(unused("logs, " + STAMP.format(when), ""));
    }

    /** {@code base + suffix} in the folder, or with " (2)", " (3)", ... before the suffix when that exists. */
    private Path unused(String base, String suffix) {
        Path path = folder.resolve(base + suffix);
        for (int n = 2; Files.exists(path); n++) {
            path = folder.resolve(base + " (" + n + ")" + suffix);
        }
        return path;
    }

    /** Writes the data set to a new file in the folder and reads it back. */
    public Saved save(TrendDataset dataset, LocalDateTime when) throws IOException {
        Files.createDirectories(folder);
        String base = dataset.name().replaceAll("[\\\\/:*?\"<>|.]", "_") + ", " + STAMP.format(when);
        Path file = unused(base, ".csv");
        TrendCsvWriter.write(dataset, file);
        ParseResult<TrendDataset> back = reader.read(file, ColumnChoice.DETECT, CancellationToken.NEVER);
        if (back.hasErrors()) {
            throw new IOException("the results written to " + file + " do not read back: "
                    + back.problems().get(0).message());
        }
        return new Saved(file, back.value());
    }
}
