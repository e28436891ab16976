// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.io.settings.UserDirs;
import org.algoeff.workbench.rerun.LadderTrend;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunLadder;
import org.algoeff.workbench.rerun.RerunListener;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.rerun.StopRule;
import org.algoeff.workbench.task.CancellationToken;

/** {@code algoeff rerun}: retrains recipes to a target accuracy and reports the compute it took. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Retrain recipes (see `algoeff recipes`, or `all`) to the same test accuracy and count the FLOPs.",
            "The default target is the data set's calibrated mlp-1986 level (sample-data/mnist-10k/calibration.json).",
            "Each rerun writes a JSONL log (docs/rerun.md)."})
public final class RerunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RECIPE", arity = "1..*", description = "recipe ids, or `all` for the whole era ladder")
    List<String> recipeIds;

    @Option(names = "--target", paramLabel = "ACC", description = "test accuracy to reach, e.g. 0.95 or 95 (default: calibrated)")
    String target;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "JSONL log file (one rerun) or folder (default: folder reruns/ in the working folder)")
    String out;

    @Option(names = "--full-curve", description = {"train on after reaching the target until converged (the calibration's",
        "plateau rule) or the budget ends, so one run gives compute-to-target at any target it reaches",
        "(threshold sensitivity, `ctt --targets`)"})
    boolean fullCurve;

    @Mixin
    RerunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        UserDirs.prepareNativeRuntime();
        List<Recipe> recipes = resolve(recipeIds);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        RerunService service = new RerunService();
        List<RerunSummary> summaries = new ArrayList<>();
        RerunResult last = null;
        for (Recipe recipe : recipes) {
            RerunRequest request = new RerunRequest(recipe, options.dataDir(),
                    target == null ? Double.NaN : RerunOptions.parseTarget(target), options.maxEpochs, options.seed,
                    options.backend(), options.trainLimit, options.testLimit, options.threads,
                    logFile(recipe, recipes.size())).withSplitAndStop(options.validationDigits(),
                    fullCurve ? StopRule.CONVERGED : StopRule.TARGET);
            List<RerunResult> results = service.rerunSeeds(request, options.seeds, new TerminalProgress(stderr),
                    backendNotice(stderr), CancellationToken.NEVER);
            for (RerunResult r : results) {
                stdout.println(options.json ? toJsonLine(r) : describe(r));
                stdout.flush();
            }
            summaries.add(RerunSummary.of(results));
            last = results.get(results.size() - 1);
        }
        if (!options.json) {
            printSummary(stdout, summaries, last.target(), last.backend());
        }
        return 0;
    }

    /** Recipe ids to recipes; `all` stands for the era ladder (probes such as mlp-1986-modern are named). */
    static List<Recipe> resolve(List<String> ids) {
        List<Recipe> result = new ArrayList<>();
        for (String id : ids) {
            if (id.equals("all")) {
                result.addAll(Recipes.all());
                continue;
            }
            result.add(Recipes.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown recipe " + id
                    + " (known: " + String.join(", ", java.util.stream.Stream.concat(Recipes.all().stream(),
                    Recipes.probes().stream()).map(Recipe::id).toList()) + ", all)")));
        }
        return result;
    }

    private Path logFile(Recipe recipe, int recipeCount) {
        boolean folder = out == null || out.endsWith("/") || out.endsWith(java.io.File.separator)
                || Files.isDirectory(Path.of(out)) || recipeCount > 1;
        if (!folder) {
            return Path.of(out);
        }
        Path dir = out == null ? Path.of("reruns") : Path.of(out);
        return dir.resolve(recipe.id() + ".jsonl");
    }

    private static RerunListener backendNotice(PrintWriter stderr) {
        return new RerunListener() {
            @Override
            public void started(Recipe recipe, long seed, org.algoeff.workbench.rerun.BackendInfo backend) {
                stderr.println("algoeff: " + recipe.id() + " seed " + seed + " on " + backend.describe());
                stderr.flush();
            }

            @Override
            public void evaluated(Recipe recipe, long seed, org.algoeff.workbench.rerun.EvalPoint point) {
            }
        };
    }

    static String toJsonLine(RerunResult r) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recipe", r.recipe());
        m.put("year", r.year());
        m.put("seed", r.seed());
        m.put("backend", r.backend().used().id());
        m.put("device", r.backend().describe());
        m.put("examples", r.examples());
        m.put("forwardFlopsPerExample", r.forwardFlopsPerExample());
        m.put("trainingFlops", r.trainingFlops());
        m.put("evaluationFlops", r.evaluationFlops());
        m.put("target", Double.isFinite(r.target()) ? r.target() : null);
        m.put("reachedTarget", r.reachedTarget());
        m.put("computeToTarget", r.reachedTarget() ? r.computeToTarget() : null);
        m.put("targetSplit", r.hasValidation() ? "validation" : "test");
        double test = r.testComputeToTarget();
        m.put("testComputeToTarget", Double.isNaN(test) ? null : test);
        m.put("stopRule", r.stop().describe());
        m.put("finalAccuracy", r.finalAccuracy());
        m.put("bestAccuracy", r.bestAccuracy());
        m.put("evaluations", r.curve().size());
        m.put("seconds", r.seconds());
        m.put("trainingSeconds", r.trainingSeconds());
        m.put("examplesPerSecond", r.examplesPerSecond());
        m.put("log", r.logFile());
        return new ObjectMapper().writeValueAsString(m);
    }

    private static String describe(RerunResult r) {
        return String.format(Locale.ROOT, "%-13s seed %d: %s after %d examples (%s); final accuracy %.4f, %.1f s, log %s",
                r.recipe(), r.seed(), r.reachedTarget() ? "reached " + fmt(r.target()) + " at "
                        + Flops.format(r.computeToTarget()) : "did not reach " + fmt(r.target()),
                r.examples(), Flops.format(r.trainingFlops()), r.finalAccuracy(), r.seconds(), r.logFile());
    }

    private static String fmt(double target) {
        return String.format(Locale.ROOT, "%.4f", target);
    }

    /**
     * The ladder table (median over seeds with the median's confidence interval), recipes that never reached the
     * target named as such, and the ladder's halving time with its bootstrap interval over seeds and recipes; the
     * comparison with Hernandez &amp; Brown comes with their interval too (refitted from the shipped HB20 data).
     */
    static void printSummary(PrintWriter out, List<RerunSummary> summaries, double target,
            org.algoeff.workbench.rerun.BackendInfo backend) {
        out.println();
        out.printf(Locale.ROOT, "%-13s %4s %8s %16s %34s %28s%n", "recipe", "year", "reached", "median to target",
                "95% interval of the median", "spread (min..max)");
        for (RerunSummary s : summaries) {
            String interval = s.reached() == 0 ? "-" : Flops.format(s.intervalLow()) + " .. "
                    + (Double.isFinite(s.intervalHigh()) ? Flops.format(s.intervalHigh()) : "not reached")
                    + String.format(Locale.ROOT, " (%.1f%%)", 100 * s.intervalCoverage());
            out.printf(Locale.ROOT, "%-13s %4d %8s %16s %34s %28s%n", s.recipe(), s.year(), s.reached() + "/" + s.seeds(),
                    s.onLadder() ? Flops.format(s.medianComputeToTarget()) : "never reached", interval,
                    s.reached() == 0 ? "-" : Flops.format(s.minComputeToTarget()) + " .. "
                            + Flops.format(s.maxComputeToTarget()));
        }
        RerunLadder.Outcome o = RerunLadder.ofLadder(summaries, backend, target, new TrendFitter("algoeff"),
                CancellationToken.NEVER);
        for (String never : o.notReached()) {
            out.println(never);
        }
        LadderTrend t = o.trend();
        out.println("trend on this machine: " + t.describe());
        if (!Double.isNaN(t.months()) && t.declining()) {
            Hb20Comparison.line(t).ifPresent(out::println);
        }
        out.flush();
    }
}
