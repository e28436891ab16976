// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.GroupFit;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.FitWarning;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/**
 * A fit as an ordered map ready for JSON (the {@code fit --json} object), and a grouped fit as one object with a
 * {@code groups} array of such maps. Non-finite numbers (an unbounded CI end) become null, since JSON has no
 * infinity.
 */
public final class TrendFitSummary {
    private TrendFitSummary() {
    }

    /** One fit: {@code data} is the data set as read (before filters), {@code options} what it was fitted with. */
    public static Map<String, Object> of(TrendDataset data, TrendFit fit, FitOptions options, HardwareTrend hardware) {
        Map<String, Object> m = header(data, options);
        m.putAll(fields(fit, hardware));
        m.put("parameters", new java.util.TreeMap<>(fit.provenance().parameters()));
        return m;
    }

    /**
     * A grouped fit: the data set's header, then {@code groups: [{"group", "rows", ...the fields of a single fit}]},
     * or {@code {"group", "rows", "error"}} for a group that could not be fitted.
     */
    public static Map<String, Object> ofGroups(TrendDataset data, List<GroupFit> groups, FitOptions options,
                                               HardwareTrend hardware) {
        Map<String, Object> m = header(data, options);
        List<Map<String, Object>> list = new ArrayList<>();
        for (GroupFit g : groups) {
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
        m.put("toolVersion", groups.stream().filter(GroupFit::fitted).findFirst()
                .map(g -> g.fit().provenance().toolVersion()).orElse(null));
        return m;
    }

    private static Map<String, Object> header(TrendDataset data, FitOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", data.name());
        m.put("sources", data.provenance().sources().stream().map(TrendFitSummary::source).toList());
        m.put("valueColumn", data.provenance().parameters().get("valueColumn"));
        m.put("dateColumn", data.provenance().parameters().get("dateColumn"));
        m.put("where", options.where().stream().map(RowFilter::toString).toList());
        m.put("groupBy", options.groupBy());
        m.put("frontierScope", options.frontierScope().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return m;
    }

    private static Map<String, Object> fields(TrendFit fit, HardwareTrend hardware) {
        boolean declining = fit.direction() == TrendDirection.DECLINING;
        Interval ci = fit.bootstrapResamples() > 0 ? fit.bootstrapCi95Months() : fit.tCi95Months();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", fit.points().size());
        m.put("candidates", fit.candidates());
        m.put("from", fit.from().toString());
        m.put("to", fit.to().toString());
        m.put("frontierOnly", fit.frontierOnly());
        m.put("direction", declining ? "declining" : "growing");
        m.put("slopeLog2PerYear", finite(fit.slopeLog2PerYear()));
        m.put("interceptLog2", finite(fit.interceptLog2()));
        m.put(declining ? "halvingMonths" : "doublingMonths", finite(fit.months()));
        m.put("ci95Months", interval(ci));
        m.put("ci95Method", fit.bootstrapResamples() > 0 ? "bootstrap" : "t");
        m.put("bootstrapCi95Months", interval(fit.bootstrapCi95Months()));
        m.put("tCi95Months", interval(fit.tCi95Months()));
        m.put("r2", finite(fit.r2()));
        m.put("factor", finite(fit.factor()));
        m.put("fittedFactor", finite(fit.fittedFactor()));
        m.put("spanYears", finite(fit.spanYears()));
        m.put("bootstrapResamples", fit.bootstrapResamples());
        m.put("seed", fit.seed());
        if (hardware != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("name", hardware.name());
            h.put("doublingMonths", hardware.doublingMonths());
            h.put("factorOverSameYears", finite(hardware.factorOver(fit.spanYears())));
            h.put("source", hardware.source());
            m.put("hardware", h);
        }
        m.put("readout", TrendReadout.describe(fit, hardware));
        m.put("warnings", fit.warnings().stream().map(TrendFitSummary::warning).toList());
        m.put("pointsUsed", fit.points().stream().map(TrendFitSummary::point).toList());
        m.put("toolVersion", fit.provenance().toolVersion());
        return m;
    }

    private static Map<String, Object> warning(FitWarning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("message", w.message());
        return m;
    }

    private static Map<String, Object> source(SourceFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("sha256", f.sha256());
        return m;
    }

    private static Map<String, Object> point(TrendPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", p.label());
        m.put("date", p.date().toString());
        m.put("value", p.value());
        if (!p.caveat().isEmpty()) {
            m.put("caveat", p.caveat());
        }
        return m;
    }

    private static List<Double> interval(Interval i) {
        return new ArrayList<>(Arrays.asList(finite(i.low()), finite(i.high())));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
