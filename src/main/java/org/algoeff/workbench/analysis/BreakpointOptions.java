// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * The settings of a piecewise (broken-line) fit, beside {@link FitOptions} (whose filters, window, frontier,
 * bootstrap resamples and seed it uses as they are): how many breaks, how the segments meet, how few points a
 * segment may have. {@link #NONE} is the plain single-line fit.
 *
 * @param breaks            how many breaks to fit
 * @param model             whether the segments join at the breaks
 * @param minSegmentPoints  fewest points a segment may hold (at least 3, so every segment has an interval)
 */
public record BreakpointOptions(Breaks breaks, BreakModel model, int minSegmentPoints) {
    /** Fewest points per segment unless told otherwise: guards against a "segment" of two outliers at an end. */
    public static final int DEFAULT_MIN_SEGMENT_POINTS = 5;
    /** No breakpoints: the fit is the single line of {@link TrendFitter}. */
    public static final BreakpointOptions NONE = new BreakpointOptions(Breaks.NONE, BreakModel.CONTINUOUS,
            DEFAULT_MIN_SEGMENT_POINTS);

    /** How many breaks. */
    public enum Breaks {
        /** A single line. */
        NONE,
        /** Two segments. */
        ONE,
        /** Three segments. */
        TWO,
        /** 0, 1 or 2 breaks, whichever has the lowest BIC. */
        AUTO;

        /** "1", "2", "auto" (or "0"/"none"), as {@code fit --breakpoints} takes them. */
        public static Breaks parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "0", "none" -> NONE;
                case "1" -> ONE;
                case "2" -> TWO;
                case "auto" -> AUTO;
                default -> throw new IllegalArgumentException("breakpoints must be 1, 2 or auto, was '" + text + "'");
            };
        }

        /** The number of breaks, or -1 for {@link #AUTO}. */
        public int count() {
            return switch (this) {
                case NONE -> 0;
                case ONE -> 1;
                case TWO -> 2;
                case AUTO -> -1;
            };
        }

        /** "1", "2", "auto", "none": how the CLI and the workspace write it. */
        public String id() {
            return this == AUTO ? "auto" : this == NONE ? "none" : Integer.toString(count());
        }
    }

    /** How the segments meet at a break. */
    public enum BreakModel {
        /**
         * One continuous broken line (a hinge): the slope changes at each break, the level does not. Least squares
         * of log2(value) on year and (year - break)+ for each break.
         */
        CONTINUOUS,
        /** Separate lines on each side of a break: the level may jump as well as the slope. */
        DISCONTINUOUS;

        /** "continuous" or "discontinuous". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses {@link #id()} (any case). */
        public static BreakModel parse(String text) {
            for (BreakModel m : values()) {
                if (m.id().equalsIgnoreCase(text.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("break model must be continuous or discontinuous, was '" + text + "'");
        }
    }

    public BreakpointOptions {
        Objects.requireNonNull(breaks, "breaks");
        Objects.requireNonNull(model, "model");
        if (minSegmentPoints < 3) {
            throw new IllegalArgumentException("a segment needs at least 3 points (for its interval), was "
                    + minSegmentPoints);
        }
    }

    /** Whether a piecewise fit is asked for at all. */
    public boolean enabled() {
        return breaks != Breaks.NONE;
    }

    public BreakpointOptions withBreaks(Breaks value) {
        return new BreakpointOptions(value, model, minSegmentPoints);
    }

    public BreakpointOptions withModel(BreakModel value) {
        return new BreakpointOptions(breaks, value, minSegmentPoints);
    }
}
