// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;

/**
 * The one-line readout of a fit, e.g. "halves every 15.8 months (95% CI 8.9-18.3); fitted line 40x lower over
 * 7.0 years (first to last point: 44x); Moore's law over the same years: 11x". Shared by the window and the CLI
 * so both say the same thing. The two factors are both named: the fitted line's change over the span (what the
 * halving time implies) and the ratio of the first and last points (what one outlier at either end can swing).
 */
public final class TrendReadout {
    private TrendReadout() {
    }

    public static String describe(TrendFit fit, HardwareTrend hardware) {
        StringBuilder s = new StringBuilder(headline(fit));
        Interval ci = fit.bootstrapResamples() > 0 ? fit.bootstrapCi95Months() : fit.tCi95Months();
        if (!Double.isNaN(ci.low())) {
            s.append(" (95% CI ").append(months(ci.low())).append('-').append(months(ci.high())).append(')');
        }
        s.append("; fitted line ").append(factor(fit.fittedFactor()))
                .append(fit.direction() == TrendDirection.DECLINING ? " lower" : " higher").append(" over ")
                .append(String.format(Locale.ROOT, "%.1f", fit.spanYears())).append(" years (first to last point: ")
                .append(factor(fit.factor())).append(')');
        if (hardware != null) {
            s.append("; ").append(hardware.name()).append(" over the same years: ")
                    .append(factor(hardware.factorOver(fit.spanYears())));
        }
        return s.toString();
    }

    /**
     * The readout of a grouped fit, one line per group ("Domain=Vision (53 points): doubles every ..."), or of the
     * single fit when there was no grouping; a group without a fit says why.
     */
    public static String describe(List<GroupFit> fits, HardwareTrend hardware) {
        if (fits.size() == 1 && fits.get(0).group() == null) {
            GroupFit only = fits.get(0);
            return only.fitted() ? describe(only.fit(), hardware) : "no fit: " + only.error();
        }
        List<String> lines = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (GroupFit g : fits) {
            int n = g.rows();
            if (!g.fitted() && n < 2) {
                single.add(g.group());
                continue;
            }
            String head = g.group() + " (" + n + (n == 1 ? " point" : " points") + "): ";
            lines.add(head + (g.fitted() ? describe(g.fit(), hardware) : "no fit: " + g.error()));
        }
        if (!single.isEmpty()) {
            lines.add("one point, no fit: " + String.join("; ", single));
        }
        return String.join("\n", lines);
    }

    /** The rate alone, "halves every 15.8 months": the fit line's legend text. */
    public static String headline(TrendFit fit) {
        String verb = fit.direction() == TrendDirection.DECLINING ? "halves" : "doubles";
        return verb + " every " + months(fit.months()) + " months";
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
