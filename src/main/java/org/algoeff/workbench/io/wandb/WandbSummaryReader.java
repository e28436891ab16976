// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.InputLimitExceeded;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.io.text.LimitedInput;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.RunNames;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads a W&B {@code wandb-summary.json} (the final value of every logged key) as a run of single-point series,
 * nested dicts flattened with '/'. Stateless and thread-safe.
 */
public final class WandbSummaryReader implements LogReader {
    /** Format id of {@code wandb-summary.json}. */
    public static final String FORMAT_ID = "wandb-summary";

    private final boolean showInternal;

    /** A reader that hides W&B bookkeeping keys ({@link WandbKeys}). */
    public WandbSummaryReader() {
        this(false);
    }

    /** @param showInternal whether W&B bookkeeping keys ({@link WandbKeys}) are kept as series */
    public WandbSummaryReader(boolean showInternal) {
        this.showInternal = showInternal;
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (!text.startsWith("{") || name.startsWith("wandb-history") || name.endsWith(".jsonl")
                || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
            // A history's first line can look like a summary (and be longer than the head): never read it as one.
            return false;
        }
        return name.contains("wandb-summary") || text.contains("\"_wandb\"")
                || text.contains("\"_runtime\"") && text.contains("\"_step\"");
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        ProblemLog problems = new ProblemLog(file.toString());
        if (Files.size(file) == 0) {
            problems.error("", "empty file");
            return new ParseResult<>(List.of(), problems.toList());
        }
        cancel.throwIfCancelled();
        try (InputStream in = LimitedInput.open(file); JsonParser p = Json.factory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error("byte 0", "not a JSON object, so not a wandb-summary.json");
                return new ParseResult<>(List.of(), problems.toList());
            }
            WandbKeys keys = new WandbKeys(showInternal);
            Map<String, Double> leaves = SummaryRuns.numericLeaves(p, keys);
            LimitedInput.checkRest(in, problems);
            Run run = SummaryRuns.toRun(RunNames.forFile(file, "wandb-summary"), FORMAT_ID, file.toString(), leaves,
                    Map.of(), keys);
            return new ParseResult<>(List.of(run), problems.toList());
        } catch (JsonProcessingException e) {
            problems.error(Json.where(e), "not valid JSON (" + Json.message(e) + ")");
        } catch (java.io.CharConversionException e) {
            // Jackson takes leading zero bytes for UTF-16/32; such a file is no JSON a tracker wrote.
            problems.error("", "not UTF-8 JSON (" + e.getMessage() + ")");
        } catch (InputLimitExceeded e) {
            problems.error("byte " + e.byteOffset(), e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.error("", "file is cut off or its gzip data is corrupt");
        }
        return new ParseResult<>(List.of(), problems.toList());
    }
}
