// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.algoeff.workbench.io.settings.UserDirs;
import org.algoeff.workbench.sweep.SweepEngine;
import org.algoeff.workbench.sweep.SweepEngines;
import org.algoeff.workbench.sweep.SweepGrid;
import org.algoeff.workbench.sweep.SweepReport;
import org.algoeff.workbench.sweep.SweepRow;

/** {@code algoeff sweep}: a grid of reruns, one Spark task per cell; Spark is found at run time, never at start-up. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Rerun a grid (recipes x seeds x targets x data sets) on Apache Spark, one task per cell.",
            "Writes cells/<cell>.jsonl logs and summary.csv + summary.parquet to --out; a rerun of the same",
            "command skips cells already complete. Needs Spark on the class path (docs/spark.md)."})
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--grid", paramLabel = "FILE", description = "grid as JSON; flags below fill what it lacks")
    Path gridFile;

    @Option(names = "--recipes", split = ",", paramLabel = "ID", description = "recipe ids, or all")
    List<String> recipes;

    @Option(names = "--seeds", split = ",", paramLabel = "S", description = "seeds, e.g. 1,2,3 (default 1,2,3)")
    List<Long> seeds;

    @Option(names = "--targets", split = ",", paramLabel = "ACC",
            description = "test-accuracy targets (default: each data set's calibrated target)")
    List<Double> targets;

    @Option(names = "--data", split = ",", paramLabel = "DIR", description = "IDX folders (default sample-data/mnist-10k)")
    List<String> datasets;

    @Option(names = "--max-epochs", paramLabel = "N", description = "epoch budget (default: each recipe's own)")
    int maxEpochs;

    @Option(names = "--train-limit", paramLabel = "N", description = "first N training digits only")
    int trainLimit;

    @Option(names = "--test-limit", paramLabel = "N", description = "first N test digits only")
    int testLimit;

    @Option(names = "--backend", paramLabel = "cpu|cuda", defaultValue = "cpu", description = "ND4J backend")
    String backend;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "native threads per cell")
    int threads;

    @Mixin
    SparkOptions spark;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SweepGrid grid = grid();
        quietEngines();
        PrintWriter err = spec.commandLine().getErr();
        try (SweepEngine engine = SweepEngines.spark(spark.cluster.master, spark.cluster.conf)) {
            SweepReport report = engine.sweep(grid, spark.out, new TerminalProgress(err));
            print(report, spec.commandLine().getOut());
        }
        return 0;
    }

    private SweepGrid grid() throws java.io.IOException {
        if (gridFile != null) {
            SweepGrid g = SweepGrid.read(gridFile);
            return new SweepGrid(recipes != null ? recipes : g.recipes(), seeds != null ? seeds : g.seeds(),
                    targets != null ? targets : g.targets(), absolute(datasets != null ? datasets : g.datasets()),
                    maxEpochs > 0 ? maxEpochs : g.maxEpochs(), trainLimit > 0 ? trainLimit : g.trainLimit(),
                    testLimit > 0 ? testLimit : g.testLimit(), g.backend(), g.threads());
        }
        if (recipes == null) {
            throw new IllegalArgumentException("give --grid FILE or --recipes");
        }
        return new SweepGrid(recipes, seeds != null ? seeds : List.of(1L, 2L, 3L), targets,
                datasets != null ? absolute(datasets) : List.of(absolute(new RerunOptions().dataDir())), maxEpochs,
                trainLimit, testLimit, backend, threads);
    }

    /** Spark, Hadoop and Parquet log each stage at INFO; keep their warnings only, unless a level was set. */
    static void quietEngines() {
        UserDirs.prepareNativeRuntime();
        for (String logger : new String[] {"org.apache.spark", "org.apache.hadoop", "org.apache.parquet",
            "org.sparkproject"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    /** Executors may run in another folder: data set paths travel absolute. */
    private static List<String> absolute(List<String> paths) {
        return paths.stream().map(p -> p.contains("://") ? p : absolute(Path.of(p))).toList();
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static void print(SweepReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s %-12s %5s %8s %-7s %14s %14s%n", "cell", "recipe", "seed", "target",
                "reached", "ctt_flops", "final_acc");
        List<String> lines = new ArrayList<>();
        for (SweepRow row : r.rows()) {
            String ctt = row.reached() ? String.format(Locale.ROOT, "%14.4e", row.computeToTarget()) : "-";
            lines.add(String.format(Locale.ROOT, "%-34s %-12s %5d %8.4f %-7s %14s %14.4f", row.cell(), row.recipe(),
                    row.seed(), row.target(), row.reached() ? "yes" : "no", ctt, row.finalAccuracy()));
        }
        lines.forEach(out::println);
        out.printf(Locale.ROOT, "%d cells complete: %d ran now, %d already complete (%.1f s)%n", r.rows().size(), r.ran(),
                r.skipped(), r.seconds());
        out.println("summary: " + r.summaryCsv());
        out.println("summary: " + r.summaryParquet());
        out.flush();
    }
}
