// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a run happened, as its log records it, and which record says so.
 *
 * @param date   the day (UTC) the run started
 * @param origin what the date was read from, in words, e.g. "MLflow start_time" or "TensorBoard first event wall_time"
 */
public record RecordedDate(LocalDate date, String origin) {
    public RecordedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The UTC day of a time in seconds since the Unix epoch, or null when the time is not a plausible log time
     * (not finite, before 1970 or after 9999): a zero or garbage timestamp must not date a run to 1970.
     */
    public static RecordedDate ofEpochSeconds(double seconds, String origin) {
        if (!Double.isFinite(seconds) || seconds <= 0 || seconds > MAX_EPOCH_SECONDS) {
            return null;
        }
        return new RecordedDate(Instant.ofEpochSecond((long) Math.floor(seconds)).atOffset(ZoneOffset.UTC)
                .toLocalDate(), origin);
    }

    /** 9999-12-31T23:59:59Z: later "times" are not seconds (milliseconds or junk). */
    private static final double MAX_EPOCH_SECONDS = 253_402_300_799.0;
}
