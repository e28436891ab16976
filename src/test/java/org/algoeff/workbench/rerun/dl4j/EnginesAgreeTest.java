// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.EvalPoint;
import org.algoeff.workbench.rerun.EvaluationSchedule;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunListener;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast paths learn what the reference path learns: DL4J's MultiLayerNetwork with its built-in layers (helpers
 * disabled, the path every earlier rerun took), the same network with the oneDNN layer helpers, and the ops engine
 * give the same test-accuracy curve within seed noise. Three seeds each, one epoch on the first 1,024 shipped
 * digits (2,048 for sepconv-2019, whose one-cycle schedule needs more than 16 steps to learn at all), evaluated on
 * 500; at every evaluation after the start the seed means differ by less than three standard errors of their
 * difference (at least 0.04, the noise of a 500-digit test split near 90 %).
 */
class EnginesAgreeTest {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");
    private static final int SEEDS = 3;

    @AfterEach
    void restoreHelpers() {
        System.clearProperty(Dl4jHelpers.DISABLE_PROPERTY);
    }

    private static double[][] curves(Recipe recipe, Dl4jTrainingEngine.Kind kind, boolean helpers) {
        System.setProperty(Dl4jHelpers.DISABLE_PROPERTY, Boolean.toString(!helpers));
        RerunService service = new RerunService(() -> new Dl4jTrainingEngine(kind), EvaluationSchedule.DEFAULT);
        boolean slowStart = recipe.id().equals("mlp-1986"); // sigmoid outputs and squared error: thousands at chance
        int train = recipe.id().equals("sepconv-2019") ? 2048 : slowStart ? 4096 : 1024;
        RerunRequest request = new RerunRequest(recipe, DATA, 1.0, slowStart ? 2 : 1, 11, Backend.CPU, train, 500, 1,
                null);
        List<RerunResult> runs = service.rerunSeeds(request, SEEDS, ProgressSink.NONE, RerunListener.NONE,
                CancellationToken.NEVER);
        double[][] curves = new double[SEEDS][];
        for (int s = 0; s < SEEDS; s++) {
            curves[s] = runs.get(s).curve().stream().mapToDouble(EvalPoint::testAccuracy).toArray();
            String engine = runs.get(s).backend().engine();
            assertTrue(engine.contains("engine " + kind.id()), engine);
            if (kind == Dl4jTrainingEngine.Kind.NETWORK) {
                assertTrue(engine.contains("oneDNN helpers " + (helpers ? "on" : "off")), engine);
            }
        }
        return curves;
    }

    private static void assertSameWithinSeedNoise(String what, double[][] a, double[][] b) {
        assertEquals(a[0].length, b[0].length, what + ": same evaluation schedule");
        for (int point = 1; point < a[0].length; point++) {
            double[] ma = meanAndVariance(a, point);
            double[] mb = meanAndVariance(b, point);
            double tolerance = Math.max(0.04, 3 * Math.sqrt((ma[1] + mb[1]) / SEEDS));
            assertEquals(ma[0], mb[0], tolerance, String.format(Locale.ROOT, "%s, evaluation %d: %.3f vs %.3f", what,
                    point, ma[0], mb[0]));
        }
        double last = meanAndVariance(a, a[0].length - 1)[0];
        double learned = what.startsWith("mlp-1986") ? 0.2 : 0.5;
        assertTrue(last > learned, what + ": both learned (final accuracy " + last + ")");
    }

    private static double[] meanAndVariance(double[][] curves, int point) {
        double mean = 0;
        for (double[] c : curves) {
            mean += c[point] / curves.length;
        }
        double var = 0;
        for (double[] c : curves) {
            var += (c[point] - mean) * (c[point] - mean) / (curves.length - 1);
        }
        return new double[] {mean, var};
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet-1998", "bn-2015"})
    void helpersAndOpsEngineMatchTheBuiltInLayers(String id) {
        Recipe recipe = Recipes.byId(id).orElseThrow();
        double[][] builtIn = curves(recipe, Dl4jTrainingEngine.Kind.NETWORK, false);
        double[][] helpers = curves(recipe, Dl4jTrainingEngine.Kind.NETWORK, true);
        double[][] ops = curves(recipe, Dl4jTrainingEngine.Kind.OPS, true);
        assertSameWithinSeedNoise(id + " oneDNN helpers vs built-in", helpers, builtIn);
        assertSameWithinSeedNoise(id + " ops engine vs built-in", ops, builtIn);
    }

    /**
     * sepconv-2019: the helpers match the built-in layers, but DL4J's network evaluates near chance for its first
     * ~1,000 examples while its training loss falls as the ops engine's does (docs/rerun.md, "Engines"); the ops
     * engine's test accuracy follows its loss. So here the ops engine must learn and be at least as accurate as the
     * built-in path at every evaluation, within the same noise bound, rather than equal to it.
     */
    @org.junit.jupiter.api.Test
    void separableRecipeHelpersMatchAndOpsEngineIsNoWorse() {
        Recipe recipe = Recipes.byId("sepconv-2019").orElseThrow();
        double[][] builtIn = curves(recipe, Dl4jTrainingEngine.Kind.NETWORK, false);
        double[][] helpers = curves(recipe, Dl4jTrainingEngine.Kind.NETWORK, true);
        double[][] ops = curves(recipe, Dl4jTrainingEngine.Kind.OPS, true);
        assertSameWithinSeedNoise("sepconv-2019 oneDNN helpers vs built-in", helpers, builtIn);
        for (int point = 1; point < ops[0].length; point++) {
            double[] mo = meanAndVariance(ops, point);
            double[] mb = meanAndVariance(builtIn, point);
            double tolerance = Math.max(0.04, 3 * Math.sqrt((mo[1] + mb[1]) / SEEDS));
            assertTrue(mo[0] >= mb[0] - tolerance, String.format(Locale.ROOT, "evaluation %d: ops %.3f, built-in %.3f",
                    point, mo[0], mb[0]));
        }
        assertTrue(meanAndVariance(ops, ops[0].length - 1)[0] > 0.8, "the ops engine learned");
    }

    /**
     * The recipes whose layers the three-way test already covers, ops engine against DL4J's faster path only. DL4J has
     * no classical momentum (mlp-1986 and cnn-2012 use it, as published), so both engines run them with Nesterov's
     * here; the squared error, the sigmoid outputs and the small uniform initialisation are compared.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mlp-1986", "cnn-2012"})
    void opsEngineMatchesTheNetwork(String id) {
        Recipe published = Recipes.byId(id).orElseThrow();
        org.algoeff.workbench.rerun.TrainingSpec t = published.training().withOptimizer(
                org.algoeff.workbench.rerun.TrainingSpec.Optimizer.NESTEROV, published.training().momentum());
        if (id.equals("cnn-2012")) {
            // AlexNet's N(0, 0.01^2) leaves this small network at chance for its first epochs (docs/rerun.md): the
            // engines are compared on what they compute once it learns, from He's initialisation
            t = t.withInitAndLoss(org.algoeff.workbench.rerun.TrainingSpec.WeightInit.HE, t.loss());
        }
        Recipe recipe = published.withTraining(t);
        assertSameWithinSeedNoise(id + " ops engine vs MultiLayerNetwork", curves(recipe, Dl4jTrainingEngine.Kind.OPS,
                true), curves(recipe, Dl4jTrainingEngine.Kind.NETWORK, true));
    }
}
