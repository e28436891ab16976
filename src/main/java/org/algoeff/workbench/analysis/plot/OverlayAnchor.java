// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.time.LocalDate;
import java.util.Objects;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.HardwareTrend;

/**
 * A hardware trend drawn through a chosen point of the chart, e.g. Moore's law through AlexNet's compute.
 *
 * @param trend       the trend and its doubling time
 * @param anchorDate  date the line passes through
 * @param anchorValue value at {@code anchorDate}, positive
 * @param declining   draw the trend falling (compute needed if only hardware improved) instead of rising
 */
public record OverlayAnchor(HardwareTrend trend, LocalDate anchorDate, double anchorValue, boolean declining) {
    public OverlayAnchor {
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(anchorDate, "anchorDate");
        if (!(anchorValue > 0) || !Double.isFinite(anchorValue)) {
            throw new IllegalArgumentException("anchor value must be positive, was " + anchorValue);
        }
    }

    /** Value of the line at a decimal year. */
    public double valueAt(double decimalYear) {
        double years = decimalYear - DecimalYear.of(anchorDate);
        double factor = trend.factorOver(years);
        return declining ? anchorValue / factor : anchorValue * factor;
    }
}
