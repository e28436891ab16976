// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.algoeff.workbench.io.text.CsvFields;
import org.algoeff.workbench.io.workspace.AtomicFiles;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

/**
 * Writes a trend data set as the CSV {@link TrendCsvReader} reads back: {@code model,date,<value label>} and then
 * every attribute as a column (so a point's spread, {@link TrendPoint#SPREAD_LOW}/{@link TrendPoint#SPREAD_HIGH},
 * survives). Used for data sets made in the window, so a workspace can reopen them from a file like any other.
 */
public final class TrendCsvWriter {
    private TrendCsvWriter() {
    }

    /** Writes atomically (a reader never sees half a file); the value column is headed by the data set's label. */
    public static void write(TrendDataset dataset, Path file) throws IOException {
        AtomicFiles.write(file, toCsv(dataset).getBytes(StandardCharsets.UTF_8));
    }

    static String toCsv(TrendDataset dataset) {
        String valueHeader = dataset.valueLabel().isBlank() ? "value" : dataset.valueLabel();
        Set<String> taken = Set.of("model", "date", valueHeader);
        Set<String> extra = new LinkedHashSet<>();
        dataset.points().forEach(p -> p.attributes().keySet().stream().filter(k -> !taken.contains(k))
                .forEach(extra::add));
        List<String> header = new ArrayList<>(List.of("model", "date", valueHeader));
        header.addAll(extra);
        StringBuilder out = new StringBuilder();
        CsvFields.appendRecord(out, header);
        for (TrendPoint p : dataset.points()) {
            List<String> row = new ArrayList<>(List.of(p.label(), p.date().toString(), Double.toString(p.value())));
            extra.forEach(k -> row.add(p.attributes().getOrDefault(k, "")));
            CsvFields.appendRecord(out, row);
        }
        return out.toString();
    }
}
