// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.ChunkedSeriesBuilder;
import org.algoeff.workbench.io.text.FlatYaml;
import org.algoeff.workbench.io.text.InputLimitExceeded;
import org.algoeff.workbench.io.text.LimitedInput;
import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.PointBudget;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.RunNames;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads a CSV training log (Lightning, Keras, W&B panel export or plain CSV, optionally gzip) into runs whose
 * series are the numeric columns over the x column: the named one, else {@code step}-like, else the first
 * whole-number column, else the row index. Stateless and thread-safe.
 */
public final class CsvLogReader implements LogReader {
    private final CsvFlavor flavor;
    private final String xColumn;

    /** Reader for one flavor with automatic choice of the x column. */
    public CsvLogReader(CsvFlavor flavor) {
        this(flavor, null);
    }

    /** @param xColumn header name of the x column, or null to choose automatically */
    public CsvLogReader(CsvFlavor flavor, String xColumn) {
        this.flavor = flavor;
        this.xColumn = xColumn;
    }

    @Override
    public String formatId() {
        return flavor.formatId();
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return CsvFlavor.classify(file, head) == flavor;
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        ProblemLog problems = new ProblemLog(file.toString());
        String defaultRun = RunNames.forFile(file, "metrics");
        CsvColumns columns = new CsvColumns(flavor, defaultRun);
        CsvParse parse = new CsvParse(columns, problems, xColumn, PointBudget.forFreeHeap());
        long size = Files.size(file);
        try (LineSource lines = new LineSource(LimitedInput.open(file))) {
            parse.run(lines, size, progress, cancel);
        } catch (InputLimitExceeded e) {
            problems.error("byte " + e.byteOffset(), e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.error("", "gzip data is corrupt or cut off (" + e.getMessage()
                    + "); the lines before it are kept, the rest of the file is lost");
        }
        parse.checkAxis();
        if (size == 0) {
            problems.error("", "empty file");
        } else if (parse.rows() == 0 && problems.isEmpty()) {
            problems.warning("", "no data rows under the header");
        }
        if (flavor == CsvFlavor.WANDB_EXPORT) {
            problems.warning("", "W&B panel exports hold the points the panel sampled, not the full history");
        }
        return new ParseResult<>(runs(file, columns, parse), problems.toList());
    }

    private List<Run> runs(Path file, CsvColumns columns, CsvParse parse) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(Run.KEY_X_COLUMN, parse.xName());
        metadata.put(Run.KEY_STEP_UNIT, parse.stepUnit());
        if (flavor == CsvFlavor.LIGHTNING) {
            FlatYaml.read(file.resolveSibling("hparams.yaml")).forEach((k, v) -> metadata.put("hparam." + k, v));
        }
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<String, List<ChunkedSeriesBuilder>> e : columns.byRun().entrySet()) {
            List<MetricSeries> series = e.getValue().stream().map(ChunkedSeriesBuilder::build).toList();
            runs.add(new Run(e.getKey(), flavor.formatId(), file.toString(), series, metadata));
        }
        return runs;
    }
}
