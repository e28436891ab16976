// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.wandb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.algoeff.workbench.io.text.FlatJson;
import org.algoeff.workbench.io.text.Json;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.SeriesBuilder;

/**
 * The files beside a {@code wandb-history.jsonl} that belong to the same run (the layout of W&amp;B before the
 * {@code .wandb} transaction log, and its {@code files/} folder since): {@code wandb-metadata.json} (program, host,
 * start time: the run's metadata) and {@code wandb-events.jsonl} (system metrics every few seconds: series of the
 * same run, each point at the training step in effect at its wall time). Neither is a run of its own.
 */
public final class WandbRunFiles {
    /** The run's metadata file. */
    public static final String METADATA = "wandb-metadata.json";
    /** The run's system-metrics file. */
    public static final String EVENTS = "wandb-events.jsonl";
    /** The run's history, which the other two belong to. */
    public static final String HISTORY = "wandb-history.jsonl";
    /** Prefix of metadata keys read from {@link #METADATA}. */
    public static final String META_PREFIX = "wandb.meta.";
    /** Largest metadata file read (the SDK writes a few KiB). */
    static final long MAX_METADATA_BYTES = 1 << 20;
    /** Largest system-metrics file read (one line per ~15 s: 64 MiB is years of a run). */
    static final long MAX_EVENTS_BYTES = 64L << 20;
    private static final int MAX_META_VALUE_CHARS = 2000;

    private WandbRunFiles() {
    }

    /**
     * The W&B run id from the run folder's name ({@code run-20230707_104103-ymr3ch8s/files/wandb-history.jsonl}:
     * {@code ymr3ch8s}), or "" outside such a folder.
     */
    public static String runId(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (int level = 0; level < 2 && dir != null && dir.getFileName() != null; level++) {
            String n = dir.getFileName().toString();
            int dash = n.lastIndexOf('-');
            if ((n.startsWith("run-") || n.startsWith("offline-run-")) && dash > 3 && dash < n.length() - 1) {
                return n.substring(dash + 1);
            }
            dir = dir.getParent();
        }
        return "";
    }

    /** Whether {@code file} is a metadata or system-metrics file with a {@code wandb-history.jsonl} beside it. */
    public static boolean belongsToHistoryBeside(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return (name.equals(METADATA) || name.equals(EVENTS)) && Files.isRegularFile(file.resolveSibling(HISTORY));
    }

    /** The numeric and text leaves of the sibling {@code wandb-metadata.json}, if there is one. */
    public static Map<String, String> metadata(Path history, ProblemLog problems) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path file = history.resolveSibling(METADATA);
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_METADATA_BYTES) {
            return out;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.factory().createParser(in)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                FlatJson.object(p, "", new FlatJson.Visitor() {
                    @Override
                    public void number(String key, double value) {
                        out.put(META_PREFIX + key, Double.toString(value));
                    }

                    @Override
                    public void text(String key, String value) {
                        out.put(META_PREFIX + key, value.length() > MAX_META_VALUE_CHARS
                                ? value.substring(0, MAX_META_VALUE_CHARS) : value);
                    }
                });
            }
        } catch (JsonProcessingException | java.io.EOFException e) {
            problems.warning("", METADATA + " beside it is not valid JSON; its run metadata is not read");
        }
        return out;
    }

    /**
     * The system metrics of the sibling {@code wandb-events.jsonl} as series of the same run; empty when there is
     * none. Each point gets the step of the last history row logged at or before its wall time.
     */
    public static List<MetricSeries> systemSeries(Path history, List<MetricSeries> historySeries,
            WandbKeys keys, ProblemLog problems) throws IOException {
        Path file = history.resolveSibling(EVENTS);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        if (Files.size(file) > MAX_EVENTS_BYTES) {
            problems.warning("", EVENTS + " beside it is over " + (MAX_EVENTS_BYTES >> 20)
                    + " MiB (MAX_EVENTS_BYTES); system metrics not read");
            return List.of();
        }
        StepClock clock = StepClock.of(historySeries);
        Map<String, SeriesBuilder> series = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (!line.isBlank()) {
                event(line, lineNumber, clock, series, keys, problems);
            }
        }
        return series.values().stream().map(SeriesBuilder::build).toList();
    }

    private static void event(String line, int lineNumber, StepClock clock, Map<String, SeriesBuilder> series,
            WandbKeys keys, ProblemLog problems) throws IOException {
        Map<String, Double> leaves = new LinkedHashMap<>();
        try (JsonParser p = Json.factory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            FlatJson.object(p, "", leaves::put);
        } catch (JsonProcessingException | java.io.EOFException e) {
            problems.warning(EVENTS + " line " + lineNumber, "not valid JSON; system metrics of that line skipped");
            return;
        }
        Double wall = leaves.get("_timestamp");
        double wallTime = wall == null ? Double.NaN : wall;
        long step = clock.stepAt(wallTime);
        for (Map.Entry<String, Double> e : leaves.entrySet()) {
            if (keys.keep(e.getKey()) && !e.getKey().equals("_timestamp")) {
                series.computeIfAbsent(e.getKey(), SeriesBuilder::new).add(step, e.getValue(), wallTime);
            }
        }
    }

    /** The run's start day from {@code wandb-metadata.json}'s {@code startedAt} (ISO, UTC), or null. */
    public static org.algoeff.workbench.model.RecordedDate startDate(Map<String, String> metadata) {
        String started = metadata.get(META_PREFIX + "startedAt");
        if (started == null || started.length() < 10) {
            return null;
        }
        try {
            return new org.algoeff.workbench.model.RecordedDate(java.time.LocalDate.parse(started.substring(0, 10)),
                    "W&B wandb-metadata.json startedAt");
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The history's steps by wall time, to place system metrics on the training step axis. */
    private record StepClock(double[] walls, long[] steps) {
        static StepClock of(List<MetricSeries> history) {
            List<double[]> pairs = new ArrayList<>();
            for (MetricSeries s : history) {
                for (int i = 0; i < s.size(); i++) {
                    if (!Double.isNaN(s.wallTimeSeconds(i))) {
                        pairs.add(new double[] {s.wallTimeSeconds(i), s.step(i)});
                    }
                }
            }
            pairs.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] walls = new double[pairs.size()];
            long[] steps = new long[pairs.size()];
            for (int i = 0; i < walls.length; i++) {
                walls[i] = pairs.get(i)[0];
                steps[i] = (long) pairs.get(i)[1];
            }
            return new StepClock(walls, steps);
        }

        long stepAt(double wall) {
            if (walls.length == 0 || Double.isNaN(wall)) {
                return 0;
            }
            int i = Arrays.binarySearch(walls, wall);
            int at = i >= 0 ? i : -i - 2;
            return at < 0 ? steps[0] : steps[at];
        }
    }
}
