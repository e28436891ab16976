// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.algoeff.workbench.analysis.runs.RunOutcome;
import org.algoeff.workbench.analysis.runs.RunsTrend;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Threshold sensitivity (Erdil &amp; Besiroglu 2022): the halving time of compute-to-target fitted separately at
 * each of several targets, with its interval, and for every target that cannot be fitted the reason (no run reached
 * it, curves end before it, a single date). The same fitter and settings as any trend fit, the direction fixed to
 * declining (compute to a target: a rise is "no halving", an infinite time). Used for your runs and for rerun
 * batches alike.
 */
public final class TargetSensitivity {
    private TargetSensitivity() {
    }

    /**
     * One target's points.
     *
     * @param target   the target value
     * @param dataset  the points measured at it, or null when there are none
     * @param why      why there are none (or what to know about the points), "" when nothing to say
     * @param interval the source's own 95% interval of the halving time (months), or null to use the fit's: a
     *                 rerun ladder's points are medians over seeds, whose spread a bootstrap over the points misses
     * @param method   what {@code interval} is ("bootstrap over seeds and recipes"), "" with none
     */
    public record TargetData(double target, TrendDataset dataset, String why, Interval interval, String method) {
        public TargetData {
            why = why == null ? "" : why;
            method = interval == null || method == null ? "" : method;
        }

        public TargetData(double target, TrendDataset dataset, String why) {
            this(target, dataset, why, null, "");
        }
    }

    /**
     * One target's fit.
     *
     * @param target   the target value
     * @param points   points fitted (0 without a fit)
     * @param fit      the fit, or null
     * @param reason   why there is no fit, or a note about the data ("" for none)
     * @param interval the data's own 95% interval ({@link TargetData#interval()}), or null
     * @param method   what {@code interval} is, "" with none
     */
    public record Row(double target, int points, TrendFit fit, String reason, Interval interval, String method) {
        public Row {
            reason = reason == null ? "" : reason;
            method = interval == null || method == null ? "" : method;
        }

        public Row(double target, int points, TrendFit fit, String reason) {
            this(target, points, fit, reason, null, "");
        }

        public boolean fitted() {
            return fit != null;
        }

        /** The 95% interval shown: the data's own when it has one, else the fit's bootstrap when drawn, else its t. */
        public Interval ci95Months() {
            if (interval != null) {
                return interval;
            }
            return fit.bootstrapResamples() > 0 ? fit.bootstrapCi95Months() : fit.tCi95Months();
        }

        /** How {@link #ci95Months()} was found: "bootstrap over seeds and recipes", "bootstrap" or "t". */
        public String ci95Method() {
            return interval != null ? method : fit.bootstrapResamples() > 0 ? "bootstrap" : "t";
        }

        /** "95% CI" or, for the data's own interval, "95% bootstrap over seeds and recipes". */
        public String ci95Name() {
            return interval != null ? "95% " + method : "95% CI";
        }
    }

    /** Each target of a runs sweep as data: its runs data set, or a count of why no run is a point. */
    public static List<TargetData> ofRuns(TargetSweep sweep) {
        List<TargetData> out = new ArrayList<>();
        for (RunsTrend t : sweep.perTarget()) {
            out.add(new TargetData(t.question().target(), t.dataset(), t.dataset() == null ? whyNone(t) : ""));
        }
        return out;
    }

    private static String whyNone(RunsTrend t) {
        long notReached = t.outcomes().stream().filter(o -> o.status() == RunOutcome.Status.NOT_REACHED).count();
        List<RunOutcome> unmeasured = t.outcomes().stream()
                .filter(o -> o.status() == RunOutcome.Status.NOT_MEASURED).toList();
        long undated = t.outcomes().stream().filter(o -> o.status() == RunOutcome.Status.REACHED && o.date() == null)
                .count();
        List<String> parts = new ArrayList<>();
        if (notReached > 0) {
            parts.add(notReached + " not reached");
        }
        if (!unmeasured.isEmpty()) {
            parts.add(unmeasured.size() + " cannot be measured (" + unmeasured.get(0).reason() + ")");
        }
        if (undated > 0) {
            parts.add(undated + " without a date");
        }
        return "no run is a point at " + RunsTrendService.formatTarget(t.question().target())
                + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }

    /**
     * Fits every target's points with {@code options} (its row filters, window, frontier, bootstrap; no grouping;
     * declining unless a direction is set).
     */
    public static List<Row> fit(List<TargetData> data, FitOptions options, TrendFitter fitter, ProgressSink progress,
                                CancellationToken cancel) {
        FitOptions each = options.withGroupBy(null).withDirection(options.direction() != null ? options.direction()
                : TrendDirection.DECLINING);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            cancel.throwIfCancelled();
            TargetData d = data.get(i);
            double start = i / (double) data.size();
            ProgressSink part = (f, m) -> progress.progress(start + f / data.size(), "target "
                    + RunsTrendService.formatTarget(d.target()) + ": " + m);
            if (d.dataset() == null) {
                rows.add(new Row(d.target(), 0, null, d.why()));
                continue;
            }
            try {
                TrendFit fit = fitter.fit(d.dataset(), each, part, cancel);
                rows.add(new Row(d.target(), fit.points().size(), fit, d.why(), d.interval(), d.method()));
            } catch (IllegalArgumentException e) {
                rows.add(new Row(d.target(), 0, null, e.getMessage()));
            }
        }
        progress.progress(1, rows.size() + " target(s) fitted");
        return rows;
    }

    /**
     * "0.9: halves every 103.2 months (95% CI 60.1-inf) (5 points)", "0.96: no fit: ...", a line per target; a fitted
     * target that left some of its data out (a rerun ladder's recipes that never reached it) says which.
     */
    public static String readout(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row r : rows) {
            String t = RunsTrendService.formatTarget(r.target());
            if (!r.fitted()) {
                lines.add(t + ": no fit: " + r.reason());
                continue;
            }
            Interval ci = r.ci95Months();
            String interval = Double.isNaN(ci.low()) ? " (no interval: too few points)" : " (" + r.ci95Name() + " "
                    + TrendReadout.months(ci.low()) + "-" + TrendReadout.months(ci.high()) + ")";
            lines.add(String.format(Locale.ROOT, "%s: %s%s (%d points)", t, TrendReadout.headline(r.fit()), interval,
                    r.points()) + (r.reason().isEmpty() ? "" : "; left out: " + r.reason()));
        }
        return String.join("\n", lines);
    }

    /** The rows whose target has a fit. */
    public static List<Row> fitted(List<Row> rows) {
        Objects.requireNonNull(rows, "rows");
        return rows.stream().filter(Row::fitted).toList();
    }
}
