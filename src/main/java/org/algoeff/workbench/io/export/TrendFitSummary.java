// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;

/**
 * A fit as an ordered map ready for JSON (the {@code fit --json} object and the window's JSON export).
 * Non-finite numbers (an unbounded CI end) become null, since JSON has no infinity.
 */
public final class TrendFitSummary {
    private TrendFitSummary() {
    }

    public static Map<String, Object> of(TrendDataset data, TrendFit fit, HardwareTrend hardware) {
        boolean declining = fit.direction() == TrendDirection.DECLINING;
        Interval ci = fit.bootstrapResamples() > 0 ? fit.bootstrapCi95Months() : fit.tCi95Months();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", data.name());
        m.put("sources", data.provenance().sources().stream().map(TrendFitSummary::source).toList());
        m.put("valueColumn", data.provenance().parameters().get("valueColumn"));
        m.put("dateColumn", data.provenance().parameters().get("dateColumn"));
        m.put("points", fit.points().size());
        m.put("from", fit.from().toString());
        m.put("to", fit.to().toString());
        m.put("frontierOnly", Boolean.parseBoolean(fit.provenance().parameters().get("frontierOnly")));
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
        m.put("pointsUsed", fit.points().stream().map(TrendFitSummary::point).toList());
        m.put("toolVersion", fit.provenance().toolVersion());
        m.put("parameters", new java.util.TreeMap<>(fit.provenance().parameters()));
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
        return m;
    }

    private static List<Double> interval(Interval i) {
        return new ArrayList<>(Arrays.asList(finite(i.low()), finite(i.high())));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
