// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendFit;

/**
 * The readout of a piecewise fit, shared by the window and the CLI: a line naming the model and each break with its
 * interval, then one {@link TrendReadout} line per segment, e.g.
 * "continuous broken line, 1 break: 2008-11-03 (95% CI 2004-02-25 to 2018-11-28)" and
 * "1950-07-02 to 2008-11-03 (22 points): doubles every 23.3 months (95% CI 14.3-39.0); ...".
 */
public final class PiecewiseReadout {
    private PiecewiseReadout() {
    }

    public static String describe(PiecewiseFit fit, HardwareTrend hardware) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(fit));
        for (TrendFit s : fit.segments()) {
            lines.add(s.from() + " to " + s.to() + " (" + s.points().size() + " points): "
                    + TrendReadout.describe(s, hardware));
        }
        return String.join("\n", lines);
    }

    /** One line per group ("Domain=Vision (53 points): ..." then its lines indented), or the single fit's. */
    public static String describe(List<PiecewiseGroup> groups, HardwareTrend hardware) {
        if (groups.size() == 1 && groups.get(0).group() == null) {
            PiecewiseGroup only = groups.get(0);
            return only.fitted() ? describe(only.fit(), hardware) : "no fit: " + only.error();
        }
        List<String> lines = new ArrayList<>();
        for (PiecewiseGroup g : groups) {
            String head = g.group() + " (" + g.rows() + (g.rows() == 1 ? " point" : " points") + "): ";
            lines.add(head + (g.fitted() ? describe(g.fit(), hardware).replace("\n", "\n  ") : "no fit: "
                    + g.error()));
        }
        return String.join("\n", lines);
    }

    /** "continuous broken line, 1 break (chosen by BIC from 0-2): 2008-11-03 (95% CI ... to ...)". */
    public static String headline(PiecewiseFit fit) {
        int k = fit.breakCount();
        StringBuilder s = new StringBuilder(fit.model().id()).append(" broken line, ").append(k)
                .append(k == 1 ? " break" : " breaks");
        if (fit.chosenByBic()) {
            s.append(" (chosen by BIC from ").append(fit.scores().get(0).breaks()).append('-')
                    .append(fit.scores().get(fit.scores().size() - 1).breaks()).append(')');
        }
        if (k == 0) {
            return s.append(": one line fits best").toString();
        }
        List<String> breaks = new ArrayList<>();
        for (PiecewiseFit.Breakpoint b : fit.breakpoints()) {
            breaks.add(breakText(b));
        }
        return s.append(": ").append(String.join("; ", breaks)).toString();
    }

    /** "2008-11-03 (95% CI 2004-02-25 to 2018-11-28)", or for a break between two dates "between A and B (...)". */
    public static String breakText(PiecewiseFit.Breakpoint b) {
        String at = b.between() == null ? b.date().toString()
                : "between " + date(b.between().low()) + " and " + date(b.between().high());
        Interval ci = b.ci95Years();
        return Double.isNaN(ci.low()) ? at : at + " (95% CI " + date(ci.low()) + " to " + date(ci.high()) + ")";
    }

    /** A decimal year as an ISO date. */
    static String date(double year) {
        return DecimalYear.toDate(year).toString();
    }

    /** A decimal year to one decimal, "2008.8". */
    public static String year(double year) {
        return String.format(Locale.ROOT, "%.1f", year);
    }
}
