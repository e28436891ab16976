// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.PiecewiseFit;
import org.algoeff.workbench.analysis.PiecewiseGroup;
import org.algoeff.workbench.analysis.PiecewiseReadout;
import org.algoeff.workbench.model.DecimalYear;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;

/**
 * A piecewise fit as an ordered map ready for JSON ({@code fit --breakpoints K --json}): the data set's header as
 * {@link TrendFitSummary} writes it, then {@code breakpoints: [{"date", "ci95": [lo, hi], ...}]} and
 * {@code segments: [{"from", "to", "points", ...the fields of a single fit}]}; grouped, one such object per group.
 */
public final class PiecewiseFitSummary {
    private PiecewiseFitSummary() {
    }

    public static Map<String, Object> of(TrendDataset data, PiecewiseFit fit, FitOptions options,
                                         HardwareTrend hardware) {
        Map<String, Object> m = TrendFitSummary.header(data, options);
        m.putAll(fields(fit, hardware));
        m.put("parameters", new TreeMap<>(fit.provenance().parameters()));
        return m;
    }

    /** Grouped: {@code groups: [{"group", "rows", ...the fields of one piecewise fit}]} or with an "error". */
    public static Map<String, Object> ofGroups(TrendDataset data, List<PiecewiseGroup> groups, FitOptions options,
                                               HardwareTrend hardware) {
        Map<String, Object> m = TrendFitSummary.header(data, options);
        List<Map<String, Object>> list = new ArrayList<>();
        for (PiecewiseGroup g : groups) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("group", g.group());
            entry.put("rows", g.rows());
            if (g.fitted()) {
                entry.putAll(fields(g.fit(), hardware));
            } else {
                entry.put("error", g.error());
            }
            list.add(entry);
        }
        m.put("groups", list);
        return m;
    }

    private static Map<String, Object> fields(PiecewiseFit fit, HardwareTrend hardware) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("breakModel", fit.model().id());
        m.put("breakpointsAsked", fit.asked().id());
        m.put("breaks", fit.breakCount());
        m.put("chosenBy", fit.chosenByBic() ? "bic" : "asked");
        m.put("bic", fit.scores().stream().map(PiecewiseFitSummary::score).toList());
        m.put("breakpoints", fit.breakpoints().stream().map(PiecewiseFitSummary::breakpoint).toList());
        List<Map<String, Object>> segments = new ArrayList<>();
        for (TrendFit s : fit.segments()) {
            segments.add(TrendFitSummary.fields(s, hardware));
        }
        m.put("segments", segments);
        m.put("points", fit.points());
        m.put("direction", fit.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("frontierOnly", fit.frontierOnly());
        m.put("sse", TrendFitSummary.finite(fit.sse()));
        m.put("bootstrapResamples", fit.bootstrapResamples());
        m.put("seed", fit.seed());
        m.put("readout", PiecewiseReadout.describe(fit, hardware));
        m.put("warnings", fit.warnings().stream().map(TrendFitSummary::warning).toList());
        m.put("toolVersion", fit.provenance().toolVersion());
        return m;
    }

    private static Map<String, Object> breakpoint(PiecewiseFit.Breakpoint b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", b.date().toString());
        m.put("year", b.year());
        m.put("ci95", dates(b.ci95Years()));
        m.put("ci95Years", TrendFitSummary.interval(b.ci95Years()));
        if (b.between() != null) {
            m.put("between", dates(b.between()));
        }
        return m;
    }

    private static Map<String, Object> score(PiecewiseFit.ModelScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("breaks", s.breaks());
        m.put("parameters", s.parameters());
        m.put("sse", TrendFitSummary.finite(s.sse()));
        m.put("bic", TrendFitSummary.finite(s.bic()));
        return m;
    }

    private static List<String> dates(Interval years) {
        return new ArrayList<>(Arrays.asList(date(years.low()), date(years.high())));
    }

    private static String date(double year) {
        return Double.isFinite(year) ? DecimalYear.toDate(year).toString() : null;
    }
}
