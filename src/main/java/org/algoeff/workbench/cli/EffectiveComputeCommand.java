// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.analysis.EffectiveCompute;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.analysis.plot.EffectiveComputeChart;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.model.Interval;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * {@code algoeff effective-compute --compute DATA --efficiency DATA --from --to}: the growth of training compute times
 * the gain in algorithmic efficiency over the same years (HB20 section 5.4), with a propagated interval.
 */
@Command(name = "effective-compute", mixinStandardHelpOptions = true,
        description = {"Effective compute: how many times more compute (a compute-growth data set, e.g. Epoch AI's",
            "largest runs) times how many times less compute for the same result (an efficiency data set, e.g. HB20),",
            "both fitted over the same dates; the product's 95% interval combines both fits' bootstraps."})
final class EffectiveComputeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--compute", required = true, paramLabel = "DATA", description = "compute-growth data-set CSV")
    Path compute;

    @Option(names = "--compute-value-col", paramLabel = "C", description = "its value column, instead of detecting it")
    String computeValue;

    @Option(names = "--where", paramLabel = "FILTER", converter = FitSettingsOptions.RowFilterConverter.class,
            description = "keep compute rows where COL=VALUE, COL!=VALUE or COL~REGEX; repeat for AND")
    List<RowFilter> where;

    @Option(names = "--compute-frontier", description = "fit only the compute records (the largest run so far)")
    boolean computeFrontier;

    @Option(names = "--efficiency", required = true, paramLabel = "DATA",
            description = "efficiency data-set CSV: compute to a fixed target")
    Path efficiency;

    @Option(names = "--efficiency-value-col", paramLabel = "C", description = "its value column")
    String efficiencyValue;

    @Option(names = "--efficiency-where", paramLabel = "FILTER", converter = FitSettingsOptions.RowFilterConverter.class,
            description = "keep efficiency rows passing the filter; repeat for AND")
    List<RowFilter> efficiencyWhere;

    @Option(names = "--efficiency-frontier", description = "fit only the efficiency records (least compute so far), as "
            + "HB20's 16 months")
    boolean efficiencyFrontier;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first day of the years")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last day of the years")
    LocalDate to;

    @Option(names = "--bootstrap", paramLabel = "N", description = "bootstrap resamples of each fit (default: "
            + "${DEFAULT-VALUE}; 0: no intervals)")
    int resamples = FitOptions.DEFAULT.bootstrapResamples();

    @Option(names = "--seed", paramLabel = "S", description = "seed of the compute fit's bootstrap; the efficiency "
            + "fit's is S+1 (default: ${DEFAULT-VALUE})")
    long seed = FitOptions.DEFAULT.seed();

    @Option(names = "--out", paramLabel = "FILE", description = "draw the chart to FILE.png, FILE.svg, FILE.csv or "
            + "FILE.json")
    Path out;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Mixin
    FigureOptions figure;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TrendDataset c = DatasetInput.read(compute, new ColumnChoice(null, computeValue, null), false, err);
        TrendDataset e = DatasetInput.read(efficiency, new ColumnChoice(null, efficiencyValue, null), false, err);
        if (c == null || e == null) {
            return 1;
        }
        FitOptions base = FitOptions.DEFAULT.withBootstrap(resamples, seed);
        EffectiveCompute.Request request = new EffectiveCompute.Request(c, base.withWhere(where)
                .withFrontierOnly(computeFrontier), e, base.withWhere(efficiencyWhere)
                .withFrontierOnly(efficiencyFrontier), from, to);
        EffectiveCompute.Result r = new EffectiveCompute(new TrendFitter(ToolVersion.current()))
                .combine(request, ProgressSink.NONE, CancellationToken.NEVER);
        if (out != null) {
            SensitivityFigure.write(EffectiveComputeChart.spec(r), figure, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(new ObjectMapper().writeValueAsString(json(r)));
        } else {
            text(r, o);
        }
        o.flush();
        return 0;
    }

    private static void text(EffectiveCompute.Result r, PrintWriter o) {
        o.printf(Locale.ROOT, "%s to %s (%.1f years)%n", r.request().from(), r.request().to(), r.request().years());
        side(o, "compute", r.request().compute(), r.computeFit(), r.compute());
        side(o, "algorithms", r.request().efficiency(), r.efficiencyFit(), r.algorithms());
        o.printf(Locale.ROOT, "  %-11s %s%s%n", "effective", TrendReadout.factor(r.effective().value()),
                ci(r.effective().ci95()));
        o.println();
        o.println(r.readout());
        r.warnings().forEach(w -> o.println("warning: " + w));
    }

    private static void side(PrintWriter o, String name, TrendDataset data, TrendFit fit,
                             EffectiveCompute.Factor factor) {
        o.printf(Locale.ROOT, "  %-11s %s%s  (%s: %s, %d points%s)%n", name, TrendReadout.factor(factor.value()),
                ci(factor.ci95()), data.name(), TrendReadout.headline(fit), fit.points().size(),
                fit.frontierOnly() ? ", frontier" : "");
    }

    private static String ci(Interval i) {
        return Double.isNaN(i.low()) ? "" : " (95% CI " + TrendReadout.factor(i.low()) + "-"
                + TrendReadout.factor(i.high()) + ")";
    }

    private static Map<String, Object> json(EffectiveCompute.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.request().from().toString());
        m.put("to", r.request().to().toString());
        m.put("years", r.request().years());
        m.put("compute", side(r.request().compute(), r.request().computeOptions(), r.computeFit(), r.compute()));
        m.put("algorithms", side(r.request().efficiency(), r.request().efficiencyOptions(), r.efficiencyFit(),
                r.algorithms()));
        m.put("effective", factor(r.effective()));
        m.put("bootstrapResamples", r.computeFit().bootstrapResamples());
        m.put("seed", r.computeFit().seed());
        m.put("method", "factor = 2^(|fitted slope| x years) over the window; 95% CI: percentiles of the two fits' "
                + "independent bootstraps, paired at random");
        m.put("readout", r.readout());
        m.put("warnings", r.warnings());
        return m;
    }

    private static Map<String, Object> side(TrendDataset data, FitOptions options, TrendFit fit,
                                            EffectiveCompute.Factor factor) {
        Map<String, Object> m = factor(factor);
        m.put("dataset", data.name());
        m.put("source", data.provenance().sources().isEmpty() ? null : data.provenance().sources().get(0).path());
        m.put("where", options.where().stream().map(RowFilter::toString).toList());
        m.put("frontierOnly", options.frontierOnly());
        m.put("points", fit.points().size());
        m.put("slopeLog2PerYear", fit.slopeLog2PerYear());
        m.put(fit.direction() == org.algoeff.workbench.model.TrendDirection.DECLINING ? "halvingMonths"
                : "doublingMonths", Double.isFinite(fit.months()) ? fit.months() : null);
        m.put("readout", TrendReadout.describe(fit, null));
        return m;
    }

    private static Map<String, Object> factor(EffectiveCompute.Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factor", f.value());
        m.put("ci95", java.util.Arrays.asList(finite(f.ci95().low()), finite(f.ci95().high())));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
