// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.text.FlatJson;
import org.algoeff.workbench.io.text.InputLimitExceeded;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.io.text.LimitedInput;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads a JSON array of runs dumped from the W&B public API ({@code [{"id", "name", "config", "summary", ...}]}):
 * each run's summary becomes single-point series, its config and identity go to metadata. Such dumps hold no
 * per-step history. Stateless and thread-safe.
 */
public final class WandbApiExportReader implements LogReader {
    /** Format id of a W&B API run dump. */
    public static final String FORMAT_ID = "wandb-api-export";

    private final boolean showInternal;

    /** A reader that hides W&B bookkeeping keys ({@link WandbKeys}). */
    public WandbApiExportReader() {
        this(false);
    }

    /** @param showInternal whether W&B bookkeeping keys ({@link WandbKeys}) are kept as series */
    public WandbApiExportReader(boolean showInternal) {
        this.showInternal = showInternal;
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("[") && text.contains("\"summary\"") || text.startsWith("[") && text.contains("wandb");
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        ProblemLog problems = new ProblemLog(file.toString());
        List<Run> runs = new ArrayList<>();
        if (Files.size(file) == 0) {
            problems.error("", "empty file");
            return new ParseResult<>(runs, problems.toList());
        }
        try (InputStream in = LimitedInput.open(file); JsonParser p = Json.factory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.error("byte 0", "not a JSON array of runs");
                return new ParseResult<>(runs, problems.toList());
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                cancel.throwIfCancelled();
                runs.add(run(p, file, runs.size(), new WandbKeys(showInternal)));
            }
            if (t != JsonToken.END_ARRAY) {
                problems.warning("run " + runs.size(), "array element is not a run object; rest ignored");
            }
            LimitedInput.checkRest(in, problems);
        } catch (JsonProcessingException e) {
            problems.error(Json.where(e), "not valid JSON (" + Json.message(e) + "); runs before it kept");
        } catch (java.io.CharConversionException e) {
            // Jackson takes leading zero bytes for UTF-16/32; such a file is no JSON a tracker wrote.
            problems.error("", "not UTF-8 JSON (" + e.getMessage() + ")");
        } catch (InputLimitExceeded e) {
            problems.error("byte " + e.byteOffset(), e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.error("", "file is cut off or its gzip data is corrupt; runs before it kept");
        }
        return new ParseResult<>(runs, problems.toList());
    }

    private static Run run(JsonParser p, Path file, int index, WandbKeys keys) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Double> summary = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (key.equals("summary") && v == JsonToken.START_OBJECT) {
                summary = SummaryRuns.numericLeaves(p, keys);
            } else if (key.equals("config") && v == JsonToken.START_OBJECT) {
                FlatJson.object(p, "config", new FlatJson.Visitor() {
                    @Override
                    public void number(String k, double value) {
                        metadata.put(k, Double.toString(value));
                    }

                    @Override
                    public void text(String k, String value) {
                        metadata.put(k, value);
                    }
                });
            } else if (v != null && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                metadata.put(key, p.getText());
            } else {
                p.skipChildren();
            }
        }
        String name = metadata.getOrDefault("display_name", metadata.getOrDefault("name",
                metadata.getOrDefault("id", "run " + index)));
        return SummaryRuns.toRun(name, FORMAT_ID, file.toString(), summary, metadata, keys);
    }
}
