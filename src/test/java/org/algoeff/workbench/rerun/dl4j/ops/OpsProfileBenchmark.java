// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import org.algoeff.workbench.bench.BenchmarkReport;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a training step of the ops engine spends its time, layer by layer (forward and backward), plus the loss and
 * the update, one thread, each recipe's batch size, random digits: the profile to read before optimising a layer.
 * {@code mvn -Pbench test -Dtest=OpsProfileBenchmark}.
 */
@Tag("benchmark")
class OpsProfileBenchmark {
    private static final int WARM_UP = 400; // past C2 compilation of the Java side
    private static final int STEPS = 300;

    @Test
    void perLayerTimes() {
        System.setProperty("org.bytedeco.javacpp.platform.extension", "-onednn");
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        for (Recipe recipe : Recipes.all()) {
            BenchmarkReport.record("ops engine profile, " + recipe.id(), profile(recipe));
        }
    }

    private static String profile(Recipe recipe) {
        Nd4j.getRandom().setSeed(1);
        OpsNetwork net = new OpsNetwork(recipe, 1);
        int n = recipe.training().batchSize();
        INDArray pixels = Nd4j.rand(DataType.FLOAT, n, recipe.architecture().input().size());
        float[] labels = new float[n * recipe.architecture().classes()];
        for (int i = 0; i < n; i++) {
            labels[i * recipe.architecture().classes() + i % recipe.architecture().classes()] = 1;
        }
        List<OpsLayer> layers = net.layers();
        long[] forward = new long[layers.size()];
        long[] backward = new long[layers.size()];
        long loss = 0;
        long update = 0;
        long total = 0;
        for (int step = 0; step < WARM_UP + STEPS; step++) {
            boolean timed = step >= WARM_UP;
            long start = System.nanoTime();
            INDArray x = pixels.reshape('c', n, recipe.architecture().input().channels(),
                    recipe.architecture().input().height(), recipe.architecture().input().width());
            for (int i = 0; i < layers.size(); i++) {
                long t = System.nanoTime();
                x = layers.get(i).forward(x, true);
                forward[i] += timed ? System.nanoTime() - t : 0;
            }
            long t = System.nanoTime();
            INDArray grad = net.loss().gradient(x, labels);
            loss += timed ? System.nanoTime() - t : 0;
            for (int i = layers.size() - 1; i >= 0 && grad != null; i--) {
                t = System.nanoTime();
                grad = layers.get(i).backward(grad);
                backward[i] += timed ? System.nanoTime() - t : 0;
            }
            t = System.nanoTime();
            net.updater().apply(1e-3);
            update += timed ? System.nanoTime() - t : 0;
            total += timed ? System.nanoTime() - start : 0;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.0f us/step (%.0f examples/s):",
                total / 1e3 / STEPS, (double) n * STEPS / (total / 1e9)));
        for (int i = 0; i < layers.size(); i++) {
            s.append(String.format(Locale.ROOT, " %s %.0f/%.0f;", layers.get(i).getClass().getSimpleName()
                    .replace("Ops", ""), forward[i] / 1e3 / STEPS, backward[i] / 1e3 / STEPS));
        }
        s.append(String.format(Locale.ROOT, " loss %.0f, update %.0f (us forward/backward)", loss / 1e3 / STEPS,
                update / 1e3 / STEPS));
        assertTrue(total > 0);
        return s.toString();
    }
}
