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
 * @param source   the file or folder it was read from
 * @param series   one series per tag, in the order first seen
 * @param metadata string facts from the log (hyper-parameters, tracker ids); see the KEY_ constants
 */
public record Run(String name, String format, String source, List<MetricSeries> series, Map<String, String> metadata) {
    /** Total training FLOPs of the whole run, as logged (e.g. Hugging Face {@code total_flos}). */
    public static final String KEY_TOTAL_FLOPS = "total_flops";
    /** The tag of a series of cumulative training FLOPs, when the log's format has one (our rerun logs). */
    public static final String KEY_FLOPS_SERIES = "flops_series";

    public Run {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        series = List.copyOf(series);
        metadata = Map.copyOf(metadata);
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
