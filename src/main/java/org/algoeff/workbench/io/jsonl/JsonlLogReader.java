// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.InputLimitExceeded;
import org.algoeff.workbench.io.text.LimitedInput;
import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.RunNames;
import org.algoeff.workbench.io.wandb.WandbKeys;
import org.algoeff.workbench.io.wandb.WandbRunFiles;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.RecipeYear;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads a JSON-lines log (generic, W&B {@code wandb-history.jsonl} or our rerun log, optionally gzip): every
 * numeric member becomes a series over the x key ({@code step}, {@code _step}, else the first whole-number
 * key, else the line index); {@code wall_time}/{@code _timestamp} become wall time. A rerun log's header
 * object goes to the run's metadata. Stateless and thread-safe.
 */
public final class JsonlLogReader implements LogReader {
    private final JsonlFlavor flavor;
    private final String xKey;
    private final boolean wandbInternal;

    public JsonlLogReader(JsonlFlavor flavor) {
        this(flavor, null);
    }

    /** @param xKey member used as the x axis, or null to choose automatically */
    public JsonlLogReader(JsonlFlavor flavor, String xKey) {
        this(flavor, xKey, false);
    }

    /**
     * @param xKey          member used as the x axis, or null to choose automatically
     * @param wandbInternal whether a W&B history's bookkeeping keys ({@link WandbKeys}) are kept as series
     */
    public JsonlLogReader(JsonlFlavor flavor, String xKey, boolean wandbInternal) {
        this.flavor = flavor;
        this.xKey = xKey;
        this.wandbInternal = wandbInternal;
    }

    @Override
    public String formatId() {
        return flavor.formatId();
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return JsonlFlavor.classify(file, head) == flavor;
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        ProblemLog problems = new ProblemLog(file.toString());
        boolean wandb = flavor == JsonlFlavor.WANDB_HISTORY;
        JsonlParse parse = new JsonlParse(problems, xKey, wandb ? new WandbKeys(wandbInternal) : null);
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
        }
        List<MetricSeries> series = new ArrayList<>(parse.series());
        Map<String, String> wandbMeta = Map.of();
        if (wandb && !series.isEmpty()) {
            // Old-layout W&B run folders: metadata and system metrics beside the history are the same run.
            wandbMeta = WandbRunFiles.metadata(file, problems);
            series.addAll(WandbRunFiles.systemSeries(file, series, new WandbKeys(wandbInternal), problems));
        }
        if (series.isEmpty()) {
            if (!problems.hasErrors() && size > 0) {
                problems.error("", "nothing loaded: no numeric values in " + parse.rows() + " JSON lines");
            }
            return new ParseResult<>(List.of(), problems.toList());
        }
        Map<String, String> metadata = new LinkedHashMap<>(parse.header());
        metadata.putAll(wandbMeta);
        metadata.put(Run.KEY_X_COLUMN, parse.xName());
        metadata.put(Run.KEY_STEP_UNIT, parse.stepUnit());
        // The header, not the file name, decides: a rerun log is "algoeff-rerun" only if its header says so.
        JsonlFlavor actual = !parse.header().isEmpty() ? JsonlFlavor.ALGOEFF_RERUN
                : flavor == JsonlFlavor.ALGOEFF_RERUN ? JsonlFlavor.GENERIC : flavor;
        if (actual == JsonlFlavor.ALGOEFF_RERUN && series.stream().anyMatch(x -> x.tag().equals(RerunLogSchema.TRAINING_FLOPS))) {
            metadata.put(Run.KEY_FLOPS_SERIES, RerunLogSchema.TRAINING_FLOPS);
        }
        if (actual == JsonlFlavor.ALGOEFF_RERUN && finite(parse.header().get(RerunLogSchema.HEADER_TARGET))) {
            // The rerun stopped training at its target: its curve says nothing about harder targets.
            String stopSeries = parse.header().get(RerunLogSchema.HEADER_STOP_SERIES);
            metadata.put(Run.KEY_STOP_SERIES, stopSeries == null ? RerunLogSchema.TEST_ACCURACY : stopSeries);
            metadata.put(Run.KEY_STOP_TARGET, parse.header().get(RerunLogSchema.HEADER_TARGET));
        }
        String format = actual.formatId();
        Run run = new Run(runName(file, parse.header()), format, file.toString(), wandb ? WandbRunFiles.runId(file) : "",
                actual == JsonlFlavor.ALGOEFF_RERUN ? recipeDate(parse.header())
                        : wandb ? WandbRunFiles.startDate(wandbMeta) : null, series, metadata);
        return new ParseResult<>(List.of(run), problems.toList());
    }

    private static boolean finite(String number) {
        try {
            return number != null && Double.isFinite(Double.parseDouble(number.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A rerun is dated by its recipe's year (1 July, the ladder's rule: docs/rerun.md), not by when it ran: the trend
     * is over eras of methods.
     */
    private static RecordedDate recipeDate(Map<String, String> header) {
        String year = header.get("year");
        if (year == null) {
            return null;
        }
        try {
            int y = (int) Double.parseDouble(year);
            return y >= 1 && y <= 9999 ? new RecordedDate(RecipeYear.date(y), "recipe year (rerun log header)")
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String runName(Path file, Map<String, String> header) {
        for (String key : List.of("run_name", "name", "recipe")) {
            String v = header.get(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return RunNames.forFile(file, "wandb-history");
    }
}
