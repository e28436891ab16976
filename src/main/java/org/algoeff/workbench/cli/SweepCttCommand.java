// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.sweep.CttRow;
import org.algoeff.workbench.sweep.CttSpec;
import org.algoeff.workbench.sweep.SweepEngine;
import org.algoeff.workbench.sweep.SweepEngines;

/** {@code algoeff sweep-ctt ROOT --metric TAG --target V}: compute to target over a tree of logs, on Spark. */
@Command(name = "sweep-ctt", mixinStandardHelpOptions = true,
        description = {"Compute to target for every run found under ROOT (any format 'algoeff inspect' reads),",
            "one Spark task per run source; writes ctt.csv and ctt.parquet to --out."})
final class SweepCttCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROOT", description = "folder of logs, visible to every executor")
    Path root;

    @Option(names = "--metric", required = true, paramLabel = "TAG", description = "series tag, e.g. eval_accuracy")
    String metric;

    @Option(names = "--target", required = true, paramLabel = "V", description = "target value of the metric")
    double target;

    @Option(names = "--flops-per-step", paramLabel = "F", description = "FLOPs per optimiser step")
    Double flopsPerStep;

    @Option(names = "--flops-tag", paramLabel = "TAG", description = "series of cumulative FLOPs")
    String flopsTag;

    @Option(names = "--params", paramLabel = "N", description = "model parameters (6ND, with --tokens-per-step)")
    Double params;

    @Option(names = "--tokens-per-step", paramLabel = "T", description = "tokens per step (6ND)")
    Double tokensPerStep;

    @Option(names = "--smoothing", paramLabel = "W", description = "TensorBoard EMA weight in [0, 1) applied first")
    Double smoothing;

    @Option(names = "--lower-is-better", description = "target reached when metric <= V (default: from the tag)")
    boolean lower;

    @Option(names = "--higher-is-better", description = "target reached when metric >= V (default: from the tag)")
    boolean higher;

    @Option(names = "--out", required = true, paramLabel = "DIR|URI", description = "output folder (any Hadoop URI)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "extra Spark setting (repeatable)")
    Map<String, String> conf = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (lower && higher) {
            throw new IllegalArgumentException("give at most one of --lower-is-better and --higher-is-better");
        }
        TargetDirection dir = lower ? TargetDirection.LOWER_IS_BETTER : higher ? TargetDirection.HIGHER_IS_BETTER : null;
        CttSpec question = new CttSpec(metric, target, dir, flopsPerStep, flopsTag, params, tokensPerStep,
                smoothing == null ? Double.NaN : smoothing);
        question.toMetricTarget();
        SweepCommand.quietEngines();
        PrintWriter o = spec.commandLine().getOut();
        try (SweepEngine engine = SweepEngines.spark(master, conf)) {
            List<CttRow> rows = engine.computeToTarget(root.toAbsolutePath().normalize(), question, out,
                    new TerminalProgress(spec.commandLine().getErr()));
            long reached = rows.stream().filter(CttRow::reached).count();
            long failed = rows.stream().filter(r -> !r.problem().isEmpty()).count();
            o.printf(Locale.ROOT, "%d runs: %d reached %s %s %s, %d without an answer (see the problem column)%n",
                    rows.size(), reached, metric, question.direction().operator(), target, failed);
            o.println("table: " + out + "/ctt.csv and " + out + "/ctt.parquet");
        }
        o.flush();
        return 0;
    }
}
