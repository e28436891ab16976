// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The CSV layouts we tell apart by content: they parse the same way but differ in format id, run naming
 * and what the header means. {@link #classify} looks only at the file name and the first 4 KiB.
 */
public enum CsvFlavor {
    /** PyTorch Lightning CSVLogger {@code metrics.csv}: sparse rows, {@code step} column (absent in old versions). */
    LIGHTNING("lightning-csv"),
    /** Keras CSVLogger: one row per epoch, first column {@code epoch}, {@code NA} for missing values. */
    KERAS("keras-csv"),
    /** W&B panel "Export CSV": x column then {@code "<run> - <metric>"} (plus {@code __MIN}/{@code __MAX}) columns. */
    WANDB_EXPORT("wandb-export-csv"),
    /** Any other table of numbers with a header row. */
    GENERIC("csv");

    private final String formatId;

    CsvFlavor(String formatId) {
        this.formatId = formatId;
    }

    public String formatId() {
        return formatId;
    }

    /** The flavor of a CSV log, or null when the head does not look like a delimited table with a header. */
    public static CsvFlavor classify(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // A crash can zero-fill the tail of a log being written: the rows before the NULs are still a CSV.
            int firstLineEnd = text.indexOf('\n');
            if (firstLineEnd < 0 || firstLineEnd > nul) {
                return null;
            }
            text = text.substring(0, nul);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nl = text.indexOf('\n');
        String header = (nl >= 0 ? text.substring(0, nl) : text).replace("\r", "");
        byte delimiter = CsvSplitter.guessDelimiter(header);
        if (delimiter == 0 || header.startsWith("{") || header.startsWith("[")) {
            return null;
        }
        List<String> cells = CsvSplitter.splitHeader(header, delimiter);
        if (nl < 0 && cells.size() > 2) {
            // A header longer than the head: its last cell may be cut anywhere, even right after a delimiter.
            cells = cells.subList(0, cells.size() - 1);
        }
        if (cells.size() < 2 || cells.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        String name = fileName(file);
        if (cells.stream().anyMatch(c -> c.contains(" - "))) {
            return WANDB_EXPORT;
        }
        // Lightning before ~0.7 wrote "created_at" wall-clock strings and no step column.
        if (name.equals("metrics.csv") || cells.contains("epoch") && (cells.contains("step")
                || cells.contains("created_at"))) {
            return LIGHTNING;
        }
        if (cells.get(0).equals("epoch") || name.endsWith(".log")) {
            return KERAS;
        }
        return GENERIC;
    }

    private static String fileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
