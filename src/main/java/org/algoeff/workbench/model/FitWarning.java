// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.Objects;

/**
 * Something a reader of a fit must know before trusting its numbers, shown with every fit (CLI text, JSON,
 * window readout).
 *
 * @param kind    what sort of caveat, for programs
 * @param message one sentence for people
 */
public record FitWarning(Kind kind, String message) {
    /** The sorts of caveat a fit can carry. */
    public enum Kind {
        /** Fewer than {@link FitWarning#FEW_POINTS_BELOW} points: the interval rests on very little data. */
        FEW_POINTS,
        /** A frontier fit: record-setting points are chosen by beating earlier ones, so they are not independent. */
        FRONTIER,
        /** A 95% interval reaches infinity: no halving/doubling is within the data's uncertainty. */
        UNBOUNDED_INTERVAL,
        /** The points reach different targets (a {@code target} column with several values). */
        MIXED_TARGETS,
        /** A point used carries a known caveat from its data set (its {@code caveat} column). */
        DATA_CAVEAT
    }

    /** A fit on fewer points than this gets a {@link Kind#FEW_POINTS} warning. */
    public static final int FEW_POINTS_BELOW = 10;

    public FitWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
