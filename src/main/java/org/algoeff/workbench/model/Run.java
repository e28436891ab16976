// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One training run as read from a log: its metric series and what the log says about it.
 *
 * @param name     the run's name (folder or file name, or the name the tracker gave it)
 * @param format   id of the format it was read from, e.g. "tfevents", "hf-trainer-state"
 * @param source       the file or folder it was read from
 * @param id           the format's own id of the run (MLflow run id, W&amp;B run id), "" when it has none; two runs
 *                     of one source with the same name differ in it
 * @param recordedDate when the log says the run started, or null when its header records no time (see
 *                     {@code analysis.runs.RunDates} for the fallback to the first logged wall time)
 * @param series       one series per tag, in the order first seen
 * @param metadata     string facts from the log (hyper-parameters, tracker ids); see the KEY_ constants
 */
public record Run(String name, String format, String source, String id, RecordedDate recordedDate,
        List<MetricSeries> series, Map<String, String> metadata) {
    /** Total training FLOPs of the whole run, as logged (e.g. Hugging Face {@code total_flos}). */
    public static final String KEY_TOTAL_FLOPS = "total_flops";
    /** The tag of a series of cumulative training FLOPs, when the log's format has one (our rerun logs). */
    public static final String KEY_FLOPS_SERIES = "flops_series";
    /**
     * The tag of the series whose reaching {@link #KEY_STOP_TARGET} stopped the training (our rerun logs stop at the
     * first evaluation that reaches their target test accuracy), when the log says so.
     */
    public static final String KEY_STOP_SERIES = "stop_series";
    /** The value of {@link #KEY_STOP_SERIES} at which training stopped (reached: at or above it). */
    public static final String KEY_STOP_TARGET = "stop_target";
    /** The column or key a table-like log's steps were read from (CSV, JSONL). */
    public static final String KEY_X_COLUMN = "x_column";
    /**
     * What one step of the run is ("steps", "epochs completed", "environment timesteps" ...): the unit a
     * FLOPs-per-step compute source must be given in (docs/ingest.md, "What a step is").
     */
    public static final String KEY_STEP_UNIT = "step_unit";
    /** Between source and id in {@link #key()}: a character no path or id contains. */
    private static final String KEY_SEPARATOR = "\u0000";

    public Run {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        id = id == null ? "" : id;
        series = List.copyOf(series);
        metadata = Map.copyOf(metadata);
    }

    /** A run whose format has no run id and whose header records no start time. */
    public Run(String name, String format, String source, List<MetricSeries> series, Map<String, String> metadata) {
        this(name, format, source, "", null, series, metadata);
    }

    /**
     * What tells this run apart from every other loaded run: its source plus its id (its name where the format has
     * no id). Names are not unique (four "Random Forest" runs in one MLflow database) and the user may rename runs.
     */
    public String key() {
        return source + KEY_SEPARATOR + (id.isEmpty() ? name : id);
    }

    /** Whether {@code nameOrId} names this run: its id, or its name. */
    public boolean answersTo(String nameOrId) {
        return name.equals(nameOrId) || !id.isEmpty() && id.equals(nameOrId);
    }

    public Optional<MetricSeries> series(String tag) {
        return series.stream().filter(s -> s.tag().equals(tag)).findFirst();
    }

    public List<String> tags() {
        return series.stream().map(MetricSeries::tag).toList();
    }

    public long totalPoints() {
        return series.stream().mapToLong(MetricSeries::size).sum();
    }

    public OptionalDouble totalTrainingFlops() {
        String value = metadata.get(KEY_TOTAL_FLOPS);
        if (value == null) {
            return OptionalDouble.empty();
        }
        try {
            double flops = Double.parseDouble(value);
            return Double.isFinite(flops) && flops > 0 ? OptionalDouble.of(flops) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
