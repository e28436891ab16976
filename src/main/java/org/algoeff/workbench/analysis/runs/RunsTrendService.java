// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService.TargetHit;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.SourceHashCache;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.ctt.TrainingStop;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.SourceFile;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Your own runs as an efficiency trend: each run's date (its log's, or the user's) and compute-to-target (through
 * {@link ComputeToTargetService#measure}, with the run's own compute source), and the dated runs that reached the
 * target as a trend data set to plot and fit. The one service behind the runs table and {@code algoeff ctt} over
 * several runs. Synchronous; thread-safe (the hash cache is concurrent).
 */
public final class RunsTrendService {
    /** Value label of the runs data set (reads as the chart's y axis and the CSV's value header). */
    public static final String VALUE_LABEL = "compute to target (FLOP)";
    /** What a user-given date says it is. */
    public static final String DATE_SET_BY_USER = "set by you";
    /** Point attribute: the target the point was measured at ({@code fit --group-by target} fits each). */
    public static final String TARGET_ATTRIBUTE = "target";

    private final String toolVersion;
    private final Clock clock;
    private final SourceHashCache hashes = new SourceHashCache();

    public RunsTrendService(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * @param runs     the runs, in the order the table lists them
     * @param question metric, target, direction and smoothing; its compute source is the default for runs that set
     *                 none (normally the log's own)
     * @throws IOException when a source cannot be hashed for the data set's provenance
     */
    public RunsTrend measure(List<RunInput> runs, MetricTarget question, ProgressSink progress,
            CancellationToken cancel) throws IOException {
        List<RunOutcome> outcomes = new ArrayList<>();
        List<TrendPoint> points = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            cancel.throwIfCancelled();
            progress.progress(i / (double) Math.max(1, runs.size()), "compute to target: " + runs.get(i).displayName());
            RunOutcome o = outcome(runs.get(i), question, cancel);
            outcomes.add(o);
            if (o.isTrendPoint()) {
                points.add(point(o, question));
                sources.add(o.source());
            }
        }
        progress.progress(1.0, outcomes.size() + " run(s) measured");
        TrendDataset dataset = points.isEmpty() ? null
                : new TrendDataset(datasetName(question), VALUE_LABEL, points, provenance(sources, question));
        return new RunsTrend(question, outcomes, dataset);
    }

    /**
     * The same runs measured at several targets (threshold sensitivity): one {@link RunsTrend} per target, each
     * from the runs' full curves, and all their points in one data set whose {@code target} column tells them
     * apart (so {@code fit --group-by target} fits each target).
     *
     * @param targets the target values, in the order to report them
     * @throws IOException when a source cannot be hashed for the data sets' provenance
     */
    public TargetSweep measureTargets(List<RunInput> runs, MetricTarget question, List<Double> targets,
                                      ProgressSink progress, CancellationToken cancel) throws IOException {
        List<RunsTrend> perTarget = new ArrayList<>();
        List<TrendPoint> all = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            cancel.throwIfCancelled();
            double start = i / (double) targets.size();
            ProgressSink part = (f, m) -> progress.progress(start + f / targets.size(), m);
            MetricTarget q = new MetricTarget(question.metric(), targets.get(i), question.direction(),
                    question.compute(), question.smoothing());
            RunsTrend trend = measure(runs, q, part, cancel);
            perTarget.add(trend);
            trend.datasetIfAny().ifPresent(d -> all.addAll(d.points()));
            trend.outcomes().stream().filter(RunOutcome::isTrendPoint).forEach(o -> sources.add(o.source()));
        }
        progress.progress(1.0, targets.size() + " target(s) measured");
        TrendDataset combined = all.isEmpty() ? null : new TrendDataset(sweepName(question, targets), VALUE_LABEL,
                all, provenance(sources, question));
        return new TargetSweep(question, perTarget, combined);
    }

    /** "runs: eval/accuracy &gt;= 0.9 ... 0.96 (7 targets)". */
    static String sweepName(MetricTarget question, List<Double> targets) {
        double lo = targets.stream().mapToDouble(Double::doubleValue).min().orElse(question.target());
        double hi = targets.stream().mapToDouble(Double::doubleValue).max().orElse(question.target());
        return "runs: " + question.metric() + " " + question.direction().operator() + " " + formatTarget(lo) + " ... "
                + formatTarget(hi) + " (" + targets.size() + " targets)";
    }

    /** "runs: eval/accuracy &gt;= 0.9": the runs data set's name for a question. */
    public static String datasetName(MetricTarget question) {
        return "runs: " + question.metric() + " " + question.direction().operator() + " "
                + formatTarget(question.target());
    }

    /** The target as a person writes it: 0.9, 2.5, 1e-05. */
    public static String formatTarget(double target) {
        double a = Math.abs(target);
        if (a == 0 || a >= 1e-3 && a < 1e7) {
            return new BigDecimal(Double.toString(target)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.6g", target).replaceFirst("\\.?0+e", "e");
    }

    /**
     * The rows before there is a question: each run's date and compute source, nothing measured (the table shows
     * its runs as soon as they load).
     */
    public static List<RunOutcome> unmeasured(List<RunInput> runs, String why) {
        List<RunOutcome> out = new ArrayList<>();
        for (RunInput in : runs) {
            Optional<RecordedDate> recorded = date(in);
            ComputeSource compute = in.compute() != null ? in.compute() : new ComputeSource.LoggedFlops();
            out.add(new RunOutcome(in.run().key(), in.displayName(), in.run().id(), in.run().source(),
                    recorded.map(RecordedDate::date).orElse(null), recorded.map(RecordedDate::origin).orElse(""),
                    compute.method(), in.compute() != null, RunOutcome.Status.NOT_MEASURED, Double.NaN, Double.NaN,
                    Double.NaN, why));
        }
        return out;
    }

    private static Optional<RecordedDate> date(RunInput in) {
        return in.dateOverride() != null ? Optional.of(new RecordedDate(in.dateOverride(), DATE_SET_BY_USER))
                : RunDates.recorded(in.run());
    }

    private static RunOutcome outcome(RunInput in, MetricTarget question, CancellationToken cancel) {
        Optional<RecordedDate> recorded = date(in);
        LocalDate date = recorded.map(RecordedDate::date).orElse(null);
        String origin = recorded.map(RecordedDate::origin).orElse("");
        ComputeSource compute = in.compute() != null ? in.compute() : question.compute();
        MetricTarget own = new MetricTarget(question.metric(), question.target(), question.direction(), compute,
                question.smoothing());
        TargetHit hit;
        try {
            hit = ComputeToTargetService.measure(in.run(), own, cancel);
        } catch (IllegalArgumentException e) {
            return new RunOutcome(in.run().key(), in.displayName(), in.run().id(), in.run().source(), date, origin,
                    compute.method(), in.compute() != null, RunOutcome.Status.NOT_MEASURED, Double.NaN, Double.NaN,
                    Double.NaN, e.getMessage());
        }
        Optional<TrainingStop> stop = hit.reached() || question.direction() != TargetDirection.HIGHER_IS_BETTER
                ? Optional.empty() : TrainingStop.of(in.run(), question.metric());
        if (stop.isPresent()) {
            return new RunOutcome(in.run().key(), in.displayName(), in.run().id(), in.run().source(), date, origin,
                    compute.method(), in.compute() != null, RunOutcome.Status.NOT_MEASURED, Double.NaN, Double.NaN,
                    hit.bestValue(), stop.get().reason(question.target()));
        }
        String reason = !hit.reached() ? "not reached (best " + hit.bestValue() + " at step " + hit.bestStep() + ")"
                : !(hit.trainingFlops() > 0) ? "reached at step " + hit.stepAtTarget() + ", at 0 FLOP: the first "
                        + "point already meets the target, or the steps are all 0 (a log axis has no 0)"
                : date == null ? "no date: its log records no time; set one" : "";
        return new RunOutcome(in.run().key(), in.displayName(), in.run().id(), in.run().source(), date, origin,
                compute.method(), in.compute() != null, hit.reached() ? RunOutcome.Status.REACHED
                        : RunOutcome.Status.NOT_REACHED, hit.trainingFlops(), hit.stepAtTarget(), hit.bestValue(),
                reason);
    }

    private static TrendPoint point(RunOutcome o, MetricTarget q) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!o.runId().isEmpty()) {
            attributes.put("run_id", o.runId());
        }
        attributes.put("metric", q.metric());
        attributes.put(TARGET_ATTRIBUTE, formatTarget(q.target()));
        attributes.put("direction", q.direction().operator());
        attributes.put("smoothing", q.smoothed() ? Double.toString(q.smoothing()) : "none");
        attributes.put("compute_source", o.computeMethod());
        attributes.put("date_source", o.dateOrigin());
        attributes.put("step_at_target", Double.toString(o.stepAtTarget()));
        attributes.put(TrendPoint.SOURCE_FILE, o.source());
        return new TrendPoint(o.name(), o.date(), o.trainingFlops(), attributes);
    }

    private Provenance provenance(Set<String> sources, MetricTarget q) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String s : sources) {
            files.add(hashes.of(s));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("metric", q.metric());
        p.put("target", Double.toString(q.target()));
        p.put("direction", q.direction().name().toLowerCase(Locale.ROOT));
        p.put("smoothing", q.smoothed() ? Double.toString(q.smoothing()) : "none");
        p.put("interpolation", "linear between logged points");
        p.put("method", "compute-to-target per run (ComputeToTargetService), dated by log or user");
        return new Provenance(files, p, toolVersion, clock.instant());
    }
}
