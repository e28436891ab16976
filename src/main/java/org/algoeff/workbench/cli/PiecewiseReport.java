// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.analysis.PiecewiseFit;
import org.algoeff.workbench.analysis.PiecewiseGroup;
import org.algoeff.workbench.analysis.PiecewiseReadout;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;

/** Formats a piecewise fit for the terminal: the breaks, a row per segment, BIC, the readout, warnings last. */
final class PiecewiseReport {
    private PiecewiseReport() {
    }

    static String table(String header, PiecewiseFit fit, HardwareTrend hardware) {
        StringBuilder s = new StringBuilder(header).append('\n');
        s.append("  ").append(PiecewiseReadout.headline(fit)).append('\n');
        if (fit.bootstrapResamples() > 0) {
            s.append(String.format(Locale.ROOT, "  95%% CI: %d bootstrap resamples (seed %d), breaks re-estimated in "
                    + "each%s%n", fit.bootstrapResamples(), fit.seed(), fit.frontierOnly()
                    ? ", frontier re-selected in each" : ""));
        }
        boolean declining = fit.direction() == TrendDirection.DECLINING;
        s.append(String.format(Locale.ROOT, "%n  %-3s %-10s  %-10s  %6s  %8s  %-15s  %-15s  %9s  %5s%n", "seg", "from",
                "to", "points", declining ? "halving" : "doubling", "95% CI (boot)", "95% CI (t|brk)", "fitted x",
                "R^2"));
        List<TrendFit> segments = fit.segments();
        for (int j = 0; j < segments.size(); j++) {
            TrendFit f = segments.get(j);
            s.append(String.format(Locale.ROOT, "  %-3d %-10s  %-10s  %6d  %8s  %-15s  %-15s  %9s  %5.3f%n", j + 1,
                    f.from(), f.to(), f.points().size(), TrendReadout.months(f.months()),
                    interval(f.bootstrapCi95Months()), interval(f.tCi95Months()),
                    TrendReadout.factor(f.fittedFactor()), f.r2()));
        }
        s.append("  (months; t|brk: the t-interval given the break dates, narrower than it should be)\n");
        s.append("  BIC:");
        for (PiecewiseFit.ModelScore score : fit.scores()) {
            s.append(String.format(Locale.ROOT, "  %d break%s %.1f", score.breaks(), score.breaks() == 1 ? "" : "s",
                    score.bic()));
        }
        s.append("  (lower is better)\n\n").append(PiecewiseReadout.describe(fit, hardware)).append('\n');
        warnings(s, "", fit.warnings());
        return s.toString();
    }

    static String table(String header, List<PiecewiseGroup> groups, HardwareTrend hardware) {
        StringBuilder s = new StringBuilder();
        for (PiecewiseGroup g : groups) {
            String title = header + ", " + g.group() + " (" + g.rows() + " points)";
            if (g.fitted()) {
                s.append(table(title, g.fit(), hardware)).append('\n');
            } else {
                s.append(title).append("\n  no fit: ").append(g.error()).append("\n\n");
            }
        }
        return s.toString();
    }

    private static void warnings(StringBuilder s, String prefix, List<FitWarning> warnings) {
        for (FitWarning w : warnings) {
            s.append("warning: ").append(prefix).append(w.message()).append('\n');
        }
    }

    private static String interval(Interval i) {
        return Double.isNaN(i.low()) ? "n/a" : TrendReadout.months(i.low()) + "-" + TrendReadout.months(i.high());
    }
}
