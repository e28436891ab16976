// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import picocli.CommandLine.Option;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.BreakpointOptions.BreakModel;
import org.algoeff.workbench.analysis.BreakpointOptions.Breaks;

/** The piecewise-fit options of {@code fit} and {@code plot}; defaults are {@link BreakpointOptions#NONE}'s. */
final class BreakpointSettingsOptions {
    @Option(names = "--breakpoints", paramLabel = "1|2|auto", description = {"fit a piecewise log-linear trend with "
        + "this many breaks, their dates estimated by least squares (auto: 0, 1 or 2, whichever has the lowest BIC)"})
    String breaks;

    @Option(names = "--break-model", paramLabel = "continuous|discontinuous", description = "with --breakpoints: "
            + "segments joined at the breaks (a hinge; the default) or separate lines that may jump")
    String model;

    @Option(names = "--min-segment", paramLabel = "N", description = "with --breakpoints: fewest points a segment "
            + "may hold (default: ${DEFAULT-VALUE})")
    int minSegment = BreakpointOptions.DEFAULT_MIN_SEGMENT_POINTS;

    /** The settings as one record; a model or size without --breakpoints is a one-line error. */
    BreakpointOptions toBreakpointOptions() {
        if (breaks == null) {
            if (model != null || minSegment != BreakpointOptions.DEFAULT_MIN_SEGMENT_POINTS) {
                throw new IllegalArgumentException("--break-model and --min-segment need --breakpoints 1, 2 or auto");
            }
            return BreakpointOptions.NONE;
        }
        Breaks k = Breaks.parse(breaks);
        if (k == Breaks.NONE) {
            throw new IllegalArgumentException("--breakpoints must be 1, 2 or auto (leave it out for one line)");
        }
        return new BreakpointOptions(k, model == null ? BreakpointOptions.NONE.model() : BreakModel.parse(model),
                minSegment);
    }
}
