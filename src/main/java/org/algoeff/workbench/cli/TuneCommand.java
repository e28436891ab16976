// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.io.settings.UserDirs;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.rerun.StopRule;
import org.algoeff.workbench.rerun.TuningGrid;
import org.algoeff.workbench.rerun.TuningService;
import org.algoeff.workbench.sweep.SweepEngine;
import org.algoeff.workbench.sweep.SweepEngines;
import org.algoeff.workbench.sweep.SweepTuningCells;
import org.algoeff.workbench.task.CancellationToken;

/** {@code algoeff tune}: each era's cheapest configuration of a small grid to the target, confirmed over seeds. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Give every recipe the same tuning budget: widths x0.125/0.25/0.5/1, learning rates x0.5/1/2 and, for an",
            "annealing schedule, budgets of 0.25-2 epochs; each cell trains to the target on the validation split with",
            "the tuning seed(s), the cheapest is rerun with fresh seeds as full curves (test split = confirmation),",
            "and the ladder of those is fitted. Writes DIR/grid.csv, DIR/ladder.csv and the confirmation logs."})
public final class TuneCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECIPE", arity = "1..*",
            description = "recipe ids, or `all` for the era ladder and its probes (mlp-1986-modern)")
    List<String> recipeIds;

    @Option(names = "--target", paramLabel = "ACC", description = "validation accuracy to reach (default: calibrated)")
    String target;

    @Option(names = "--tuning-seeds", paramLabel = "K", defaultValue = "1",
            description = "seeds per grid cell (default: ${DEFAULT-VALUE}; the median picks the cheapest)")
    int tuningSeeds;

    @Option(names = "--confirm-seeds", paramLabel = "K", defaultValue = "5",
            description = "fresh seeds for the cheapest cell (default: ${DEFAULT-VALUE})")
    int confirmSeeds;

    @Option(names = "--confirm-seed", paramLabel = "S", defaultValue = "101",
            description = "first confirmation seed, apart from the tuning seeds (default: ${DEFAULT-VALUE})")
    long confirmSeed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "tune", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    RerunOptions options;

    @Mixin
    SparkOptions.Cluster spark = new SparkOptions.Cluster();

    @Option(names = "--sweep-out", paramLabel = "DIR|URI",
            description = "with --master: where the grid's sweep writes its cells (default: DIR/sweep); rerunning "
                    + "the same tune reuses the cells complete there")
    String sweepOut;

    /** The grid of every recipe; tests give a smaller one. */
    TuningGrid tuningGrid = TuningGrid.DEFAULT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        UserDirs.prepareNativeRuntime();
        List<Recipe> recipes = recipeIds.size() == 1 && recipeIds.get(0).equals("all")
                ? Stream.concat(Recipes.all().stream(), Recipes.probes().stream()).toList()
                : RerunCommand.resolve(recipeIds);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Files.createDirectories(out);
        if (spark.master == null) {
            return tune(recipes, new TuningService(new RerunService()), stdout, stderr);
        }
        // Spark is loaded only here: without --master the tune never touches it.
        SweepCommand.quietEngines();
        try (SweepEngine engine = SweepEngines.spark(spark.master, spark.conf)) {
            String cells = sweepOut != null ? sweepOut : out.resolve("sweep").toAbsolutePath().toString();
            return tune(recipes, new TuningService(new RerunService(), new SweepTuningCells(engine, cells)), stdout,
                    stderr);
        }
    }

    private int tune(List<Recipe> recipes, TuningService tuning, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        List<String> grid = new ArrayList<>(List.of("recipe,variation,forward_flops_per_example,reached,seeds,"
                + "median_ctt_validation_flops"));
        List<RerunSummary> ladder = new ArrayList<>();
        List<String> ladderCsv = new ArrayList<>(List.of("recipe,year,variation,forward_flops_per_example,reached,"
                + "seeds,median_ctt_validation_flops,ci_low,ci_high,coverage,median_ctt_test_flops"));
        RerunResult last = null;
        for (Recipe recipe : recipes) {
            RerunRequest request = new RerunRequest(recipe, options.dataDir(),
                    target == null ? Double.NaN : RerunOptions.parseTarget(target), 0, options.seed, options.backend(),
                    options.trainLimit, options.testLimit, options.threads, null, options.validationDigits(),
                    StopRule.TARGET);
            TuningService.Outcome o = tuning.tune(request, tuningGrid, tuningSeeds, confirmSeed, confirmSeeds,
                    out, new TerminalProgress(stderr), CancellationToken.NEVER);
            print(stdout, o, grid);
            if (!o.confirmed().isEmpty()) {
                RerunSummary s = RerunSummary.of(o.confirmed());
                ladder.add(s);
                last = o.confirmed().get(0);
                ladderCsv.add(ladderRow(recipe, o, s));
            } else {
                ladder.add(RerunSummary.of(recipe.id(), recipe.year(), new double[] {Double.POSITIVE_INFINITY}));
            }
            Files.write(out.resolve("grid.csv"), grid, StandardCharsets.UTF_8);
            Files.write(out.resolve("ladder.csv"), ladderCsv, StandardCharsets.UTF_8);
        }
        if (last != null) {
            stdout.println();
            stdout.println("the tuned ladder (each era's cheapest cell, confirmation seeds, validation split):");
            RerunCommand.printSummary(stdout, ladder, last.target(), last.backend());
        }
        stdout.flush();
        return 0;
    }

    /** One line of ladder.csv: the era's cheapest cell, its confirmed median and interval, the test split's median. */
    private static String ladderRow(Recipe recipe, TuningService.Outcome o, RerunSummary s) {
        double[] test = o.confirmed().stream().mapToDouble(r -> Double.isNaN(r.testComputeToTarget())
                ? Double.POSITIVE_INFINITY : r.testComputeToTarget()).toArray();
        return String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%d,%.6e,%.6e,%.6e,%.4f,%.6e", recipe.id(), recipe.year(),
                o.best().variation().label(), o.best().recipe().forwardFlopsPerExample(), s.reached(), s.seeds(),
                s.medianComputeToTarget(), s.intervalLow(), s.intervalHigh(), s.intervalCoverage(),
                org.algoeff.workbench.rerun.SeedStatistics.median(test));
    }

    private static void print(PrintWriter out, TuningService.Outcome o, List<String> grid) {
        out.printf(Locale.ROOT, "%n%s: %d cells%n", o.base().id(), o.cells().size());
        for (TuningService.Cell c : o.cells()) {
            RerunSummary s = c.summary();
            out.printf(Locale.ROOT, "  %-24s %12s/example  %d/%d  %s%n", c.variation().label(),
                    Flops.format(c.recipe().forwardFlopsPerExample()), s.reached(), s.seeds(),
                    s.onLadder() ? Flops.format(s.medianComputeToTarget()) : "not reached");
            grid.add(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%s", o.base().id(), c.variation().label(),
                    c.recipe().forwardFlopsPerExample(), s.reached(), s.seeds(),
                    s.onLadder() ? String.format(Locale.ROOT, "%.6e", s.medianComputeToTarget()) : ""));
        }
        if (o.best() == null) {
            out.println("  no cell reached the target");
            return;
        }
        for (TuningService.Cell u : o.unconfirmed()) {
            out.printf(Locale.ROOT, "  %s was cheaper with the tuning seed(s) but its confirmation median missed the "
                    + "target; the next-cheapest cell is confirmed instead%n", u.variation().label());
        }
        RerunSummary c = RerunSummary.of(o.confirmed());
        double[] test = o.confirmed().stream().mapToDouble(RerunResult::testComputeToTarget).filter(Double::isFinite)
                .toArray();
        out.printf(Locale.ROOT, "  cheapest: %s; confirmed over %d fresh seeds: median %s (validation), %d/%d reached;"
                + " test split reached it in %d/%d (median %s)%n", o.best().variation().label(), c.seeds(),
                c.onLadder() ? Flops.format(c.medianComputeToTarget()) : "not reached", c.reached(), c.seeds(),
                test.length, c.seeds(), test.length == 0 ? "-"
                        : Flops.format(org.algoeff.workbench.rerun.SeedStatistics.median(test)));
        out.flush();
    }
}
