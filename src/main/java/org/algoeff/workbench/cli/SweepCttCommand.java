// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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

    @Mixin
    TargetOptions ask;

    @Mixin
    SparkOptions spark;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CttSpec question = ask.toSpec();
        question.toMetricTarget();
        SweepCommand.quietEngines();
        PrintWriter o = spec.commandLine().getOut();
        try (SweepEngine engine = SweepEngines.spark(spark.cluster.master, spark.cluster.conf)) {
            List<CttRow> rows = engine.computeToTarget(root.toAbsolutePath().normalize(), question, spark.out,
                    new TerminalProgress(spec.commandLine().getErr()));
            long reached = rows.stream().filter(CttRow::reached).count();
            long failed = rows.stream().filter(r -> !r.problem().isEmpty()).count();
            o.printf(Locale.ROOT, "%d runs: %d reached %s %s %s, %d without an answer (see the problem column)%n",
                    rows.size(), reached, ask.metric, question.direction().operator(), ask.target, failed);
            o.println("table: " + spark.out + "/ctt.csv and " + spark.out + "/ctt.parquet");
        }
        o.flush();
        return 0;
    }
}
