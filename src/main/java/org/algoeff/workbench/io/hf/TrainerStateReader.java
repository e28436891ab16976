// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.hf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Reads a Hugging Face {@code trainer_state.json}: each numeric key of the {@code log_history} entries becomes a
 * series over the entry's {@code step} (entries are heterogeneous: train, eval and summary entries carry
 * different keys); top-level scalars go to metadata and {@code total_flos} to {@link Run#KEY_TOTAL_FLOPS}.
 * Python's {@code NaN}/{@code Infinity} literals are accepted. Stateless and thread-safe.
 */
public final class TrainerStateReader implements LogReader {
    /** Format id of {@code trainer_state.json}. */
    public static final String FORMAT_ID = "hf-trainer-state";
    private static final int CANCEL_CHECK_ENTRIES = 1024;

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return text.startsWith("{") && (text.contains("\"log_history\"") || name.contains("trainer_state"));
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        ProblemLog problems = new ProblemLog(file.toString());
        Map<String, SeriesBuilder> series = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (Files.size(file) == 0) {
            problems.error("", "empty file");
            return new ParseResult<>(List.of(), problems.toList());
        }
        try (InputStream in = LimitedInput.open(file); JsonParser p = Json.factory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error("byte 0", "not a JSON object, so not a trainer_state.json");
            } else {
                topLevel(p, series, metadata, problems, cancel);
                LimitedInput.checkRest(in, problems);
            }
        } catch (JsonProcessingException e) {
            problems.error(Json.where(e), "not valid JSON (" + Json.message(e) + "); points before it kept");
        } catch (java.io.CharConversionException e) {
            // Jackson takes leading zero bytes for UTF-16/32; such a file is no JSON a tracker wrote.
            problems.error("", "not UTF-8 JSON (" + e.getMessage() + ")");
        } catch (InputLimitExceeded e) {
            problems.error("byte " + e.byteOffset(), e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.error("", "file is cut off or its gzip data is corrupt; points before it kept");
        }
        progress.progress(1.0, "read " + file.getFileName());
        if (series.isEmpty() && metadata.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error("", "nothing loaded: no log_history entries with numbers and no run facts");
            }
            return new ParseResult<>(List.of(), problems.toList());
        }
        if (!metadata.containsKey(Run.KEY_TOTAL_FLOPS) && series.containsKey("total_flos")) {
            MetricSeries flos = series.get("total_flos").build();
            metadata.put(Run.KEY_TOTAL_FLOPS, Double.toString(flos.value(flos.size() - 1)));
            series.put("total_flos", rebuild(flos));
        }
        List<MetricSeries> built = series.values().stream().map(SeriesBuilder::build).toList();
        Run run = new Run(RunNames.forFile(file, "trainer_state"), FORMAT_ID, file.toString(), built, metadata);
        return new ParseResult<>(List.of(run), problems.toList());
    }

    private static SeriesBuilder rebuild(MetricSeries s) {
        SeriesBuilder b = new SeriesBuilder(s.tag(), s.size());
        for (int i = 0; i < s.size(); i++) {
            b.add(s.step(i), s.value(i), s.wallTimeSeconds(i));
        }
        return b;
    }

    private static void topLevel(JsonParser p, Map<String, SeriesBuilder> series, Map<String, String> metadata,
            ProblemLog problems, CancellationToken cancel) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == null) {
                throw new java.io.EOFException();
            }
            if (name.equals("log_history") && v == JsonToken.START_ARRAY) {
                logHistory(p, series, problems, cancel);
            } else if (v.isScalarValue()) {
                if (v != JsonToken.VALUE_NULL) {
                    metadata.put(name, p.getText());
                }
                if (name.equals("total_flos") && v.isNumeric() && p.getDoubleValue() > 0) {
                    metadata.put(Run.KEY_TOTAL_FLOPS, p.getText());
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void logHistory(JsonParser p, Map<String, SeriesBuilder> series, ProblemLog problems,
            CancellationToken cancel) throws IOException {
        List<String> keys = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int index = 0;
        boolean[] capped = {false};
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new java.io.EOFException();
            }
            if (index % CANCEL_CHECK_ENTRIES == 0) {
                cancel.throwIfCancelled();
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                problems.warning("log_history[" + index++ + "]", "entry is not an object; skipped");
                continue;
            }
            keys.clear();
            values.clear();
            double step = entry(p, keys, values);
            if (Double.isNaN(step)) {
                problems.warning("log_history[" + index + "]", "entry has no numeric step; skipped");
            } else {
                for (int i = 0; i < keys.size(); i++) {
                    SeriesBuilder b = series.get(keys.get(i));
                    if (b == null && series.size() >= SeriesCap.MAX_SERIES_PER_FILE) {
                        capped[0] = true;
                        continue;
                    }
                    if (b == null) {
                        // Small first: a crafted file of millions of one-point keys must not cost 64 points each.
                        b = new SeriesBuilder(keys.get(i), 4);
                        series.put(keys.get(i), b);
                    }
                    b.add((long) step, values.get(i), Double.NaN);
                }
            }
            index++;
        }
        if (capped[0]) {
            problems.error("log_history", SeriesCap.message());
        }
    }

    /** Reads one entry's numeric members; returns its step, NaN if absent. */
    private static double entry(JsonParser p, List<String> keys, List<Double> values) throws IOException {
        double step = Double.NaN;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (v != null && v.isNumeric()) {
                if (key.equals("step")) {
                    step = p.getDoubleValue();
                } else if (keys.size() <= SeriesCap.MAX_SERIES_PER_FILE) {
                    keys.add(key);
                    values.add(p.getDoubleValue());
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new java.io.EOFException();
        }
        return step;
    }
}
