// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.algoeff.workbench.rerun.EvaluationSchedule;
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
 * Rerun performance, all in one run so the ratios are comparable on a shared machine: for each recipe in turn, the
 * ops engine and PyTorch ({@code ../shared/bench/torch_ladder_baseline.py}, same recipe, batch and thread count)
 * alternated three times, then DL4J's MultiLayerNetwork with its oneDNN helpers and with its built-in layers, with
 * the load average read before each; ND4J's peak SGEMM for the model FLOPs utilisation; the NumPy baseline of
 * mlp-1986; and the whole era ladder to the calibrated target with its fitted trend.
 */
@Tag("benchmark")
class RerunBenchmark {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");
    private static final int SGEMM_N = 2048;
    private static final String PYTHON = "/usr/bin/python3";
    private static final int ROUNDS = 3;

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

    /** The 1-minute load average now (Linux), NaN elsewhere. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static RerunResult throughput(Dl4jTrainingEngine.Kind kind, boolean helpers, String id, int examples,
            int threads) {
        System.setProperty(Dl4jHelpers.DISABLE_PROPERTY, Boolean.toString(!helpers));
        try {
            Recipe recipe = Recipes.byId(id).orElseThrow();
            int epochs = Math.max(1, examples / 8000);
            int limit = Math.min(examples, 8000);
            RerunRequest r = new RerunRequest(recipe, DATA, 1.0, epochs, 1, Backend.CPU, limit, 200, threads, null);
            RerunService s = new RerunService(() -> new Dl4jTrainingEngine(kind), EvaluationSchedule.DEFAULT);
            RerunRequest warmUp = new RerunRequest(recipe, DATA, 1.0, 1, 1, Backend.CPU, 256, 100, threads, null);
            s.rerun(warmUp, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER); // JIT, kernels, caches
            return s.rerun(r, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
        } finally {
            System.clearProperty(Dl4jHelpers.DISABLE_PROPERTY);
        }
    }

    /** PyTorch's examples/s for one recipe from torch_ladder_baseline.py (1 thread), or NaN when it cannot run. */
    private static JsonNode torch(String id, int examples) throws IOException, InterruptedException {
        Path script = org.algoeff.workbench.testsupport.SharedData.root().resolve("bench/torch_ladder_baseline.py");
        if (!script.toFile().isFile() || !Files.isExecutable(Path.of(PYTHON))) {
            return null;
        }
        Process p = new ProcessBuilder(PYTHON, script.toString(), "--data", DATA.toString(), "--recipes", id,
                "--examples", Integer.toString(examples), "--threads", "1").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(10, TimeUnit.MINUTES);
        String last = out.lines().reduce((a, b) -> b).orElse("");
        if (p.exitValue() != 0 || !last.startsWith("{")) {
            BenchmarkReport.record("pytorch " + id, "not run: " + last);
            return null;
        }
        return new ObjectMapper().readTree(last);
    }

    /**
     * One recipe: the ops engine and PyTorch alternated {@value #ROUNDS} times (best and median of each, since a busy
     * shared machine takes a random share of the core from either), then DL4J's network with and without helpers
     * once each for reference.
     */
    private static void sideBySide(Recipe recipe, double peak1) throws IOException, InterruptedException {
        boolean mlp = recipe.id().equals("mlp-1986");
        int examples = mlp ? 16_000 : 4096;
        double[] ops = new double[ROUNDS];
        double[] torch = new double[ROUNDS];
        double[] loads = new double[2 * ROUNDS];
        double torchMfu = Double.NaN;
        for (int round = 0; round < ROUNDS; round++) {
            loads[2 * round] = load();
            ops[round] = throughput(Dl4jTrainingEngine.Kind.OPS, true, recipe.id(), examples, 1).examplesPerSecond();
            loads[2 * round + 1] = load();
            JsonNode t = torch(recipe.id(), examples);
            torch[round] = t == null ? Double.NaN : t.get("examples_per_s").asDouble();
            torchMfu = t == null ? Double.NaN : Math.max(Double.isNaN(torchMfu) ? 0 : torchMfu, t.get("mfu").asDouble());
        }
        double network = throughput(Dl4jTrainingEngine.Kind.NETWORK, true, recipe.id(), mlp ? 8000 : 2048, 1)
                .examplesPerSecond();
        double builtIn = throughput(Dl4jTrainingEngine.Kind.NETWORK, false, recipe.id(), mlp ? 8000 : 1024, 1)
                .examplesPerSecond();
        double opsBest = java.util.Arrays.stream(ops).max().orElse(Double.NaN);
        double torchBest = java.util.Arrays.stream(torch).max().orElse(Double.NaN);
        double opsMedian = BenchmarkReport.median(ops.clone());
        double torchMedian = BenchmarkReport.median(torch.clone());
        double flops = 3.0 * recipe.forwardFlopsPerExample();
        BenchmarkReport.record("rerun throughput, 1 thread, " + recipe.id() + " (batch " + recipe.training().batchSize()
                + ")", String.format(Locale.ROOT, "ops best %.0f / median %.0f ex/s (MFU %.3f of ND4J SGEMM); pytorch"
                + " best %.0f / median %.0f (best MFU %.3f of its SGEMM); ops/pytorch %.2fx best, %.2fx median;"
                + " network+oneDNN helpers %.0f, network built-in %.0f; load %.2f..%.2f", opsBest, opsMedian,
                opsBest * flops / peak1, torchBest, torchMedian, torchMfu, opsBest / torchBest,
                opsMedian / torchMedian, network, builtIn, java.util.Arrays.stream(loads).min().orElse(Double.NaN),
                java.util.Arrays.stream(loads).max().orElse(Double.NaN)));
    }

    @Test
    void sideBySideWithPytorchNumpyAndTheLadder() throws IOException, InterruptedException {
        throughput(Dl4jTrainingEngine.Kind.OPS, true, "mlp-1986", 512, 1); // loads ND4J
        double peak1 = peakSgemm(1);
        BenchmarkReport.record("ND4J peak SGEMM " + SGEMM_N + "^3, 1 thread", String.format(Locale.ROOT,
                "%.1f GFLOP/s (OPENBLAS_CORETYPE=%s, load %.2f)", peak1 / 1e9,
                System.getenv().getOrDefault("OPENBLAS_CORETYPE", "unset"), load()));
        for (Recipe recipe : Recipes.all()) {
            sideBySide(recipe, peak1);
        }
        numpyBaseline();
        ladder();
    }

    private static void numpyBaseline() throws IOException, InterruptedException {
        Path script = org.algoeff.workbench.testsupport.SharedData.root().resolve("bench/numpy_mlp_baseline.py");
        if (!script.toFile().isFile()) {
            BenchmarkReport.record("numpy mlp-1986 baseline", "not run: " + script + " absent");
            return;
        }
        Process p = new ProcessBuilder(PYTHON, script.toString(), "--epochs", "3", "--data", DATA.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(10, TimeUnit.MINUTES);
        if (p.exitValue() != 0) {
            BenchmarkReport.record("numpy mlp-1986 baseline", "not run: " + out.lines().reduce((a, b) -> b).orElse(""));
            return;
        }
        JsonNode j = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        BenchmarkReport.record("numpy mlp-1986 baseline (same data, batch 32, 3 epochs)", String.format(Locale.ROOT,
                "%s: %d examples/s, %.2f GFLOP/s, peak SGEMM %.1f GFLOP/s, MFU %.3f, OPENBLAS_CORETYPE=%s, load %.2f",
                j.get("impl").asText(), j.get("examples_per_s").asLong(), j.get("gflops_per_s").asDouble(),
                j.get("peak_sgemm_gflops_per_s").asDouble(), j.get("mfu").asDouble(),
                System.getenv().getOrDefault("OPENBLAS_CORETYPE", "unset"), load()));
    }

    private void ladder() {
        double loadBefore = load();
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
                "%stotal %.1f min (target < 2, load %.2f before, %.2f after); fit: %s every %.1f months, R^2 %.2f,"
                        + " t-CI95 %.1f..%.1f months", each, minutes, loadBefore, load(), fit.slopeLog2PerYear() < 0 ? "halves" : "doubles", fit.months(), fit.r2(),
                fit.tCi95Months().low(), fit.tCi95Months().high()));
        assertTrue(points.size() >= 2, "at least two recipes reached the target");
    }
}
