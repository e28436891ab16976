// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.jsonl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.algoeff.workbench.io.text.ChunkedSeriesBuilder;
import org.algoeff.workbench.io.text.FlatJson;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.io.text.LineSource;
import org.algoeff.workbench.io.text.PointBudget;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.io.text.StepAxis;
import org.algoeff.workbench.io.text.Utf8;
import org.algoeff.workbench.io.wandb.WandbKeys;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** One pass over a JSONL file: optional rerun header, then one row of numeric members per line. */
final class JsonlParse {
    /** Keys holding wall time in seconds since the epoch. */
    static final List<String> WALL_TIME_KEYS = List.of("wall_time", "_timestamp");
    private static final int CANCEL_CHECK_LINES = 8192;

    private final KeyTable keys = new KeyTable();
    private final FlatObjectScanner scanner = new FlatObjectScanner(keys);
    private final Row row = new Row();
    private final List<ChunkedSeriesBuilder> builders = new ArrayList<>();
    private final ProblemLog problems;
    private final String requestedX;
    private final Map<String, String> header = new LinkedHashMap<>();
    private int xKey = -2;
    private int wallKey = -1;
    private long rowIndex;
    private boolean lastLine;
    private int epochOffset = -1;
    private final StepAxis.Watch axisWatch = new StepAxis.Watch();
    private final PointBudget budget = PointBudget.forFreeHeap();
    private boolean budgetSpent;

    private final WandbKeys wandbKeys;

    /** @param wandbKeys the W&B bookkeeping filter of a W&B history, or null to keep every key */
    JsonlParse(ProblemLog problems, String requestedX, WandbKeys wandbKeys) {
        this.problems = problems;
        this.requestedX = requestedX;
        this.wandbKeys = wandbKeys;
    }

    Map<String, String> header() {
        return header;
    }

    long rows() {
        return rowIndex;
    }

    String xName() {
        return xKey >= 0 ? keys.name(xKey) : "row index";
    }

    /** What one step of the x axis is (see {@link StepAxis#unitOf}). */
    String stepUnit() {
        return StepAxis.unitOf(xName()) + (epochOffset == 1 ? " (the log's 0-based epoch + 1)" : "");
    }

    /** Warns about a constant or backward step axis; call after {@link #run}. */
    void checkAxis() {
        if (xKey >= 0) {
            axisWatch.report(problems, xName(), "--x");
        }
    }

    void run(LineSource lines, long totalBytes, ProgressSink progress, CancellationToken cancel) throws IOException {
        while (lines.next()) {
            long n = lines.lineNumber();
            if (n % CANCEL_CHECK_LINES == 0) {
                cancel.throwIfCancelled();
                progress.progress(totalBytes > 0 ? Math.min(1.0, lines.bytesRead() / (double) totalBytes) : -1,
                        "reading " + problems.source());
            }
            byte[] b = lines.buffer();
            int from = lines.start();
            int to = lines.end();
            if (lines.overlong()) {
                problems.error("line " + n, lines.overlongMessage());
                continue;
            }
            if (isBlank(b, from, to)) {
                continue;
            }
            int nuls = b[from] == 0 || b[to - 1] == 0 ? LineSource.nulCount(b, from, to) : 0;
            if (nuls > 0) {
                problems.warning("line " + n, nuls + " NUL bytes (a file zero-filled by a crash while it was written?)"
                        + "; line skipped");
                continue;
            }
            lastLine = lines.unterminated();
            if (Utf8.hasHighBytes(b, from, to) && !Utf8.isValid(b, from, to)) {
                problems.warning("line " + n, "invalid UTF-8; line skipped");
                continue;
            }
            row.clear();
            if (n == 1 && readHeader(b, from, to)) {
                continue;
            }
            if (scanner.scan(b, from, to, row) || jackson(b, from, to, n)) {
                add(n);
            }
            if (budgetSpent) {
                problems.error("line " + n, budget.message());
                return;
            }
        }
    }

    private boolean readHeader(byte[] b, int from, int to) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser p = Json.factory().createParser(b, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            FlatJson.object(p, "", new FlatJson.Visitor() {
                @Override
                public void number(String key, double value) {
                    fields.put(key, value == Math.rint(value) && Math.abs(value) < 1e15
                            ? Long.toString((long) value) : Double.toString(value));
                }

                @Override
                public void text(String key, String value) {
                    fields.put(key, value);
                }
            });
        } catch (JsonProcessingException | java.io.EOFException | java.io.CharConversionException e) {
            return false;
        }
        if (!RerunLogSchema.FORMAT.equals(fields.get(RerunLogSchema.HEADER_FORMAT))) {
            return false;
        }
        if (!"1".equals(fields.get("version"))) {
            problems.warning("line 1", "rerun log version " + fields.get("version") + " is newer than this reader (1)");
        }
        header.putAll(fields);
        return true;
    }

    /** Slow path for lines the flat scanner declined: nested objects (flattened with '/') or bad JSON. */
    private boolean jackson(byte[] b, int from, int to, long lineNumber) throws IOException {
        row.clear();
        if (LineSource.nulCount(b, from, to) > 0) {
            // JSON text has no raw NUL; Jackson would take the zeros for UTF-16/32 (found by fuzzing).
            problems.warning("line " + lineNumber, "NUL bytes in the line (a damaged or zero-filled file?); line "
                    + "skipped");
            return false;
        }
        try (JsonParser p = Json.factory().createParser(b, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.warning("line " + lineNumber, "not a JSON object; line skipped");
                return false;
            }
            FlatJson.object(p, "", new FlatJson.Visitor() {
                @Override
                public void number(String key, double value) {
                    row.put(keys.id(key), value);
                }

                @Override
                public void text(String key, String value) {
                    if (wandbKeys != null) {
                        wandbKeys.sawText(key);
                    }
                }
            });
            if (p.nextToken() != null) {
                problems.warning("line " + lineNumber, "text after the JSON object; line skipped");
                return false;
            }
            return true;
        } catch (java.io.CharConversionException e) {
            problems.warning("line " + lineNumber, "not UTF-8 JSON (" + e.getMessage() + "); line skipped");
        } catch (JsonProcessingException | java.io.EOFException e) {
            if (lastLine) {
                problems.warning("line " + lineNumber, "last line is cut off (not a whole JSON object, no line end): "
                        + "the log was cut while being written; line dropped");
            } else if (e instanceof java.io.EOFException) {
                problems.warning("line " + lineNumber, "JSON object is cut off; line skipped");
            } else {
                problems.warning("line " + lineNumber, "not valid JSON (" + Json.message((JsonProcessingException) e)
                        + "); line skipped");
            }
        }
        return false;
    }

    private void add(long lineNumber) {
        if (xKey == -2) {
            chooseKeys();
        }
        long x = rowIndex;
        if (xKey >= 0) {
            double xv = row.get(xKey);
            if (!row.has(xKey) || !Double.isFinite(xv)) {
                problems.warning("line " + lineNumber, "no " + keys.name(xKey) + " value; line skipped");
                return;
            }
            if (epochOffset < 0) {
                epochOffset = StepAxis.isEpoch(keys.name(xKey)) && xv == 0 ? 1 : 0;
            }
            x = (long) xv + epochOffset;
            axisWatch.observe(x, lineNumber);
        }
        rowIndex++;
        double wall = wallKey >= 0 ? row.get(wallKey) : Double.NaN;
        for (int i = 0; i < row.size(); i++) {
            int k = row.key(i);
            if (k == xKey || k == wallKey || k < 0) {
                continue;
            }
            while (builders.size() <= k) {
                builders.add(null);
            }
            ChunkedSeriesBuilder sb = builders.get(k);
            if (sb == null) {
                sb = new ChunkedSeriesBuilder(keys.name(k), budget);
                builders.set(k, sb);
            }
            sb.add(x, row.value(i), wall);
        }
        budgetSpent = budget.spent();
    }

    /** Fixes the x and wall-time keys from the first data row. */
    private void chooseKeys() {
        xKey = -1;
        if (requestedX != null) {
            xKey = keys.find(requestedX);
            if (xKey < 0 || !row.has(xKey)) {
                problems.warning("", "x key '" + requestedX + "' not in the first row; using row index");
                xKey = -1;
            }
        } else {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                names.add(row.key(i) < 0 ? "" : keys.name(row.key(i)));
            }
            int known = StepAxis.known(names);
            xKey = known >= 0 ? row.key(known) : -1;
            for (int i = 0; xKey < 0 && i < row.size(); i++) {
                if (row.key(i) < 0) {
                    continue;
                }
                double v = row.value(i);
                xKey = Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15
                        && !StepAxis.looksLikeMetric(keys.name(row.key(i))) ? row.key(i) : -1;
            }
        }
        for (String k : WALL_TIME_KEYS) {
            int id = keys.find(k);
            if (wallKey < 0 && id >= 0 && row.has(id) && id != xKey) {
                wallKey = id;
            }
        }
    }

    List<MetricSeries> series() {
        if (keys.full()) {
            problems.error("", SeriesCap.message());
        }
        List<MetricSeries> out = new ArrayList<>();
        for (ChunkedSeriesBuilder b : builders) {
            if (b != null && b.size() > 0 && (wandbKeys == null || wandbKeys.keep(b.tag()))) {
                out.add(b.build());
            }
        }
        return out;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
