// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.bench.BenchmarkReport;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.rerun.Backend;
import org.algoeff.workbench.rerun.Recipe;
import org.algoeff.workbench.rerun.Recipes;
import org.algoeff.workbench.rerun.RerunListener;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rerun performance, all in one run so the ratios are comparable on a shared machine: ND4J's peak SGEMM, each
 * recipe's achieved training FLOP/s (model FLOPs utilisation = achieved / peak), the NumPy baseline of mlp-1986,
 * and the whole era ladder to the calibrated target with its fitted trend.
 */
@Tag("benchmark")
class RerunBenchmark {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");
    private static final int SGEMM_N = 2048;

    private final RerunService service = new RerunService();

    private static void threads(int n) {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** Peak single-precision GEMM in FLOP/s with {@code n} threads (best of 5 blocks of 5 multiplications). */
    private static double peakSgemm(int n) {
        threads(n);
        INDArray a = Nd4j.rand(DataType.FLOAT, SGEMM_N, SGEMM_N);
        INDArray b = Nd4j.rand(DataType.FLOAT, SGEMM_N, SGEMM_N);
        INDArray c = Nd4j.create(DataType.FLOAT, SGEMM_N, SGEMM_N);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double best = 0;
        for (int block = 0; block < 5; block++) {
            long t = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            }
            best = Math.max(best, 5 * 2.0 * SGEMM_N * SGEMM_N * SGEMM_N / ((System.nanoTime() - t) / 1e9));
        }
        return best;
    }

    private RerunResult throughput(String id, int trainLimit, int epochs, int threads) {
        Recipe recipe = Recipes.byId(id).orElseThrow();
        RerunRequest r = new RerunRequest(recipe, DATA, 1.0, epochs, 1, Backend.CPU, trainLimit, 200, threads, null);
        return service.rerun(r, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
    }

    @Test
    void peakMfuNumpyAndLadder() throws IOException, InterruptedException {
        throughput("mlp-1986", 512, 1, 1); // loads ND4J and warms up
        double peak1 = peakSgemm(1);
        double peakAll = peakSgemm(Runtime.getRuntime().availableProcessors());
        BenchmarkReport.record("ND4J peak SGEMM " + SGEMM_N + "^3", String.format(Locale.ROOT,
                "1 thread %.1f GFLOP/s; %d threads %.1f GFLOP/s", peak1 / 1e9,
                Runtime.getRuntime().availableProcessors(), peakAll / 1e9));
        List<String> rows = new ArrayList<>();
        for (Recipe recipe : Recipes.all()) {
            boolean mlp = recipe.id().equals("mlp-1986");
            for (int threads : new int[] {1, 0}) {
                RerunResult r = mlp ? throughput(recipe.id(), 0, 3, threads) : throughput(recipe.id(), 2048, 1, threads);
                double peak = threads == 1 ? peak1 : peakAll;
                rows.add(String.format(Locale.ROOT, "%s %s: %.0f examples/s, %.2f GFLOP/s, MFU %.3f",
                        recipe.id(), threads == 1 ? "1 thread" : "all threads", r.examplesPerSecond(),
                        r.trainingFlopsPerSecond() / 1e9, r.trainingFlopsPerSecond() / peak));
            }
        }
        rows.forEach(row -> BenchmarkReport.record("rerun training throughput (batch as in recipe)", row));
        numpyBaseline();
        ladder();
    }

    private static void numpyBaseline() throws IOException, InterruptedException {
        Path script = org.algoeff.workbench.testsupport.SharedData.root().resolve("bench/numpy_mlp_baseline.py");
        if (!script.toFile().isFile()) {
            BenchmarkReport.record("numpy mlp-1986 baseline", "not run: " + script + " absent");
            return;
        }
        Process p = new ProcessBuilder("python3", script.toString(), "--epochs", "3", "--data", DATA.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(10, TimeUnit.MINUTES);
        if (p.exitValue() != 0) {
            BenchmarkReport.record("numpy mlp-1986 baseline", "not run: " + out.lines().reduce((a, b) -> b).orElse(""));
            return;
        }
        JsonNode j = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        BenchmarkReport.record("numpy mlp-1986 baseline (same data, batch 32, 3 epochs)", String.format(Locale.ROOT,
                "%s: %d examples/s, %.2f GFLOP/s, peak SGEMM %.1f GFLOP/s, MFU %.3f, OPENBLAS_CORETYPE=%s",
                j.get("impl").asText(), j.get("examples_per_s").asLong(), j.get("gflops_per_s").asDouble(),
                j.get("peak_sgemm_gflops_per_s").asDouble(), j.get("mfu").asDouble(),
                System.getenv().getOrDefault("OPENBLAS_CORETYPE", "unset")));
    }

    private void ladder() {
        long t = System.nanoTime();
        List<TrendPoint> points = new ArrayList<>();
        StringBuilder each = new StringBuilder();
        for (Recipe recipe : Recipes.all()) {
            RerunRequest r = new RerunRequest(recipe, DATA, Double.NaN, 0, 1, Backend.CPU, 0, 0, 1, null);
            RerunResult result = service.rerun(r, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
            each.append(String.format(Locale.ROOT, "%s %s in %.0f s; ", recipe.id(), result.reachedTarget()
                    ? String.format(Locale.ROOT, "%.3g FLOP", result.computeToTarget()) : "not reached", result.seconds()));
            if (result.reachedTarget()) {
                points.add(new TrendPoint(recipe.id(), LocalDate.of(recipe.year(), 7, 1), result.computeToTarget()));
            }
        }
        double minutes = (System.nanoTime() - t) / 60e9;
        TrendFit fit = new TrendFitter("bench").fit(new TrendDataset("ladder", "FLOP", points, new Provenance(List.of(),
                java.util.Map.of(), "bench", java.time.Instant.now())), FitOptions.DEFAULT, ProgressSink.NONE,
                CancellationToken.NEVER);
        BenchmarkReport.record("era ladder, seed 1, to the calibrated mlp-1986 level", String.format(Locale.ROOT,
                "%stotal %.1f min (target < 10); fit: %s every %.1f months, R^2 %.2f, t-CI95 %.1f..%.1f months",
                each, minutes, fit.slopeLog2PerYear() < 0 ? "halves" : "doubles", fit.months(), fit.r2(),
                fit.tCi95Months().low(), fit.tCi95Months().high()));
        assertTrue(points.size() >= 2, "at least two recipes reached the target");
    }
}
