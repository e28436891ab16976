// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.GroupFit;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.io.export.TrendFitSummary;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/** Formats a fit for the terminal: one JSON object, or a table a person reads, warnings last. */
final class FitReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FitReport() {
    }

    static String json(TrendDataset data, TrendFit fit, FitOptions options, HardwareTrend hardware)
            throws JsonProcessingException {
        return JSON.writeValueAsString(TrendFitSummary.of(data, fit, options, hardware));
    }

    static String json(TrendDataset data, List<GroupFit> groups, FitOptions options, HardwareTrend hardware)
            throws JsonProcessingException {
        return JSON.writeValueAsString(TrendFitSummary.ofGroups(data, groups, options, hardware));
    }

    static String table(TrendDataset data, TrendFit fit, FitOptions options, HardwareTrend hardware) {
        boolean declining = fit.direction() == TrendDirection.DECLINING;
        StringBuilder s = new StringBuilder();
        s.append(data.name()).append(": ").append(data.valueLabel()).append(selection(options)).append('\n');
        s.append(String.format(Locale.ROOT, "  %-34s %s%n", "label", "date        value"));
        for (TrendPoint p : fit.points()) {
            s.append(String.format(Locale.ROOT, "  %-34s %s  %.3e%s%n", truncate(p.label(), 34), p.date(), p.value(),
                    p.caveat().isEmpty() ? "" : "  (caveat)"));
        }
        s.append('\n');
        row(s, "points used", fit.points().size() + (fit.frontierOnly()
                ? " (frontier of " + fit.candidates() + ", chosen " + scope(options) + ")" : ""));
        row(s, "dates", fit.from() + " to " + fit.to() + String.format(Locale.ROOT, " (%.1f years)", fit.spanYears()));
        row(s, declining ? "halving time" : "doubling time", TrendReadout.months(fit.months()) + " months");
        row(s, "95% CI (bootstrap)", interval(fit.bootstrapCi95Months())
                + (fit.bootstrapResamples() > 0 ? "  [" + fit.bootstrapResamples() + " resamples, seed " + fit.seed()
                + (fit.frontierOnly() ? ", frontier re-selected in each" : "") + "]" : ""));
        row(s, "95% CI (t)", interval(fit.tCi95Months()));
        row(s, "slope", String.format(Locale.ROOT, "%.4f doublings/year", fit.slopeLog2PerYear()));
        row(s, "R^2", String.format(Locale.ROOT, "%.3f", fit.r2()));
        String way = declining ? " less" : " more";
        row(s, "fitted factor", TrendReadout.factor(fit.fittedFactor()) + way + " (the fitted line over the span)");
        row(s, "observed factor", TrendReadout.factor(fit.factor()) + way + " (last point against first)");
        if (hardware != null) {
            row(s, hardware.name(), TrendReadout.factor(hardware.factorOver(fit.spanYears())) + " over the same years");
        }
        s.append('\n').append(TrendReadout.describe(fit, hardware)).append('\n');
        warnings(s, "", fit.warnings());
        return s.toString();
    }

    /** A grouped fit: one row per group, then each group's readout and warnings. */
    static String table(TrendDataset data, List<GroupFit> groups, FitOptions options, HardwareTrend hardware) {
        StringBuilder s = new StringBuilder();
        s.append(data.name()).append(": ").append(data.valueLabel()).append(selection(options)).append('\n');
        s.append(String.format(Locale.ROOT, "  %-30s %6s %6s  %-9s %-8s %-17s %10s %6s%n", "group", "rows", "fitted",
                "direction", "months", "95% CI", "fitted x", "R^2"));
        for (GroupFit g : groups) {
            int rows = g.rows();
            if (!g.fitted()) {
                s.append(String.format(Locale.ROOT, "  %-30s %6d %6s  no fit%n", truncate(g.group(), 30), rows, "-"));
                continue;
            }
            TrendFit f = g.fit();
            Interval ci = f.bootstrapResamples() > 0 ? f.bootstrapCi95Months() : f.tCi95Months();
            s.append(String.format(Locale.ROOT, "  %-30s %6d %6d  %-9s %-8s %-17s %10s %6.3f%n", truncate(g.group(), 30),
                    rows, f.points().size(), f.direction() == TrendDirection.DECLINING ? "halves" : "doubles",
                    TrendReadout.months(f.months()), Double.isNaN(ci.low()) ? "n/a"
                            : TrendReadout.months(ci.low()) + "-" + TrendReadout.months(ci.high()),
                    TrendReadout.factor(f.fittedFactor()), f.r2()));
        }
        s.append('\n').append(TrendReadout.describe(groups, hardware)).append('\n');
        for (GroupFit g : groups) {
            if (g.fitted()) {
                warnings(s, g.group() + ": ", g.fit().warnings());
            }
        }
        return s.toString();
    }

    private static String selection(FitOptions options) {
        StringBuilder s = new StringBuilder();
        if (!options.where().isEmpty()) {
            s.append(", where ").append(RowFilter.joinAll(options.where()));
        }
        if (options.groupBy() != null) {
            s.append(", grouped by ").append(options.groupBy());
        }
        return s.toString();
    }

    private static String scope(FitOptions options) {
        return options.frontierScope() == FitOptions.FrontierScope.WHOLE_DATASET
                ? "over the whole data set" : "inside the date window";
    }

    private static void warnings(StringBuilder s, String prefix, List<FitWarning> warnings) {
        for (FitWarning w : warnings) {
            s.append("warning: ").append(prefix).append(w.message()).append('\n');
        }
    }

    private static String interval(Interval i) {
        if (Double.isNaN(i.low())) {
            return "n/a (needs 3 or more points)";
        }
        return TrendReadout.months(i.low()) + " - " + TrendReadout.months(i.high()) + " months";
    }

    private static void row(StringBuilder s, String name, String value) {
        s.append(String.format(Locale.ROOT, "  %-20s %s%n", name, value));
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
