// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Locale;

import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;

/**
 * The one-line readout of a fit, e.g. "halves every 15.8 months (95% CI 12.9-20.4), 44x over 7.0 years;
 * Moore's law over the same years: 11x". Shared by the window and the CLI so both say the same thing.
 */
public final class TrendReadout {
    private TrendReadout() {
    }

    public static String describe(TrendFit fit, HardwareTrend hardware) {
        String verb = fit.direction() == TrendDirection.DECLINING ? "halves" : "doubles";
        StringBuilder s = new StringBuilder();
        s.append(verb).append(" every ").append(months(fit.months())).append(" months");
        Interval ci = fit.bootstrapResamples() > 0 ? fit.bootstrapCi95Months() : fit.tCi95Months();
        if (!Double.isNaN(ci.low())) {
            s.append(" (95% CI ").append(months(ci.low())).append('-').append(months(ci.high())).append(')');
        }
        s.append(", ").append(factor(fit.factor())).append(" over ")
                .append(String.format(Locale.ROOT, "%.1f", fit.spanYears())).append(" years");
        if (hardware != null) {
            s.append("; ").append(hardware.name()).append(" over the same years: ")
                    .append(factor(hardware.factorOver(fit.spanYears())));
        }
        return s.toString();
    }

    /** Months to one decimal; an unbounded interval end reads as "inf". */
    public static String months(double months) {
        return Double.isInfinite(months) ? "inf" : String.format(Locale.ROOT, "%.1f", months);
    }

    /** A factor as people write it: "44x", "11x", "1.8x", "0.72x", "3.1e+05x". */
    public static String factor(double factor) {
        if (factor >= 1e5) {
            return String.format(Locale.ROOT, "%.2gx", factor);
        }
        if (factor >= 10) {
            return String.format(Locale.ROOT, "%.0fx", factor);
        }
        return String.format(Locale.ROOT, "%.2gx", factor);
    }
}
