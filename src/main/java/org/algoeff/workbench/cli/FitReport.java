// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.io.export.TrendFitSummary;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/** Formats a fit for the terminal: one JSON object, or a table a person reads. */
final class FitReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FitReport() {
    }

    static String json(TrendDataset data, TrendFit fit, HardwareTrend hardware) throws JsonProcessingException {
        return JSON.writeValueAsString(TrendFitSummary.of(data, fit, hardware));
    }

    static String table(TrendDataset data, TrendFit fit, HardwareTrend hardware) {
        boolean declining = fit.direction() == TrendDirection.DECLINING;
        StringBuilder s = new StringBuilder();
        s.append(data.name()).append(": ").append(data.valueLabel()).append('\n');
        s.append(String.format(Locale.ROOT, "  %-34s %s%n", "label", "date        value"));
        for (TrendPoint p : fit.points()) {
            s.append(String.format(Locale.ROOT, "  %-34s %s  %.3e%n", truncate(p.label(), 34), p.date(), p.value()));
        }
        s.append('\n');
        row(s, "points used", fit.points().size() + (isFrontier(fit) ? " (frontier)" : ""));
        row(s, "dates", fit.from() + " to " + fit.to() + String.format(Locale.ROOT, " (%.1f years)", fit.spanYears()));
        row(s, declining ? "halving time" : "doubling time", TrendReadout.months(fit.months()) + " months");
        row(s, "95% CI (bootstrap)", interval(fit.bootstrapCi95Months().low(), fit.bootstrapCi95Months().high())
                + (fit.bootstrapResamples() > 0 ? "  [" + fit.bootstrapResamples() + " resamples, seed " + fit.seed() + "]" : ""));
        row(s, "95% CI (t)", interval(fit.tCi95Months().low(), fit.tCi95Months().high()));
        row(s, "slope", String.format(Locale.ROOT, "%.4f doublings/year", fit.slopeLog2PerYear()));
        row(s, "R^2", String.format(Locale.ROOT, "%.3f", fit.r2()));
        row(s, "observed factor", TrendReadout.factor(fit.factor()) + (declining ? " less" : " more"));
        if (hardware != null) {
            row(s, hardware.name(), TrendReadout.factor(hardware.factorOver(fit.spanYears())) + " over the same years");
        }
        s.append('\n').append(TrendReadout.describe(fit, hardware)).append('\n');
        return s.toString();
    }

    private static boolean isFrontier(TrendFit fit) {
        return Boolean.parseBoolean(fit.provenance().parameters().get("frontierOnly"));
    }

    private static String interval(double lo, double hi) {
        if (Double.isNaN(lo)) {
            return "n/a (needs 3 or more points)";
        }
        return TrendReadout.months(lo) + " - " + TrendReadout.months(hi) + " months";
    }

    private static void row(StringBuilder s, String name, String value) {
        s.append(String.format(Locale.ROOT, "  %-20s %s%n", name, value));
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
