// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Objects;

/**
 * A shaded band across the whole height of the plot between two x values, e.g. the 95% interval of a break date on
 * the date axis.
 *
 * @param name  legend text ("break 1: 95% CI 2004-04 to 2018-11")
 * @param from  lower x in data units
 * @param to    upper x, at least {@code from}
 * @param at    x of a line drawn inside the band (the break's own date), or NaN for none
 */
public record PlotSpan(String name, double from, double to, double at) {
    public PlotSpan {
        Objects.requireNonNull(name, "name");
        if (!(to >= from) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("span must be finite and increasing: " + from + ".." + to);
        }
    }

    public boolean hasLine() {
        return Double.isFinite(at);
    }
}
