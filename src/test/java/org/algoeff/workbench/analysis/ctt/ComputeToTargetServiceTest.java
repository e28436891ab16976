// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComputeToTargetServiceTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ComputeToTargetService service = new ComputeToTargetService("test",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static MetricSeries series(String tag, double... values) {
        long[] steps = new long[values.length];
        double[] walls = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            steps[i] = 100L * i;
            walls[i] = Double.NaN;
        }
        return new MetricSeries(tag, steps, values, walls);
    }

    private Run run(Map<String, String> metadata) throws IOException {
        Path source = Files.writeString(dir.resolve("log.csv"), "step,loss\n0,1.0\n");
        return new Run("r", "csv", source.toString(), List.of(series("loss", 1.0, 0.6, 0.2),
                series("acc", 0.1, 0.5, 0.9), series("flops", 0, 1e11, 3e11)), metadata);
    }

    private ComputeToTarget ctt(Run run, MetricTarget target) throws IOException {
        return service.compute(run, target, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void interpolatesBetweenLoggedPointsForEachComputeSource() throws IOException {
        Run r = run(Map.of(Run.KEY_TOTAL_FLOPS, "2e11"));
        // loss 0.6 at step 100, 0.2 at step 200: 0.5 is a quarter of the way, step 125.
        ComputeToTarget perStep = ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.FlopsPerStep(1e9)));
        assertTrue(perStep.reached());
        assertEquals(125.0, perStep.stepAtTarget(), 1e-9);
        assertEquals(1.25e11, perStep.trainingFlops(), 1e-3);
        assertEquals(1.25e11, ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.LoggedFlops())).trainingFlops(),
                1e-3);
        assertEquals(7.5e11, ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.SixND(1e6, 1000)))
                .trainingFlops(), 1e-3);
        assertEquals(1.5e11, ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.FlopsTag("flops")))
                .trainingFlops(), 1e-3);
        ComputeToTarget acc = ctt(r, MetricTarget.of("acc", 0.7, new ComputeSource.FlopsPerStep(1e9)));
        assertEquals(150.0, acc.stepAtTarget(), 1e-9);
    }

    @Test
    void smoothedCurveUsesTensorBoardDebiasedEma() throws IOException {
        Run r = run(Map.of());
        ComputeToTarget c = ctt(r, new MetricTarget("loss", 0.5, TargetDirection.LOWER_IS_BETTER,
                new ComputeSource.FlopsPerStep(1), 0.6));
        // Smoothed by hand: 1.0, 0.48/0.64 = 0.75, 0.368/0.784.
        double third = 0.368 / 0.784;
        assertEquals(100 + 100 * (0.5 - 0.75) / (third - 0.75), c.stepAtTarget(), 1e-9);
        assertEquals("tensorboard-debiased-ema", c.provenance().parameters().get("smoothing_method"));
    }

    @Test
    void notReachedReportsBestAndOverrideOfDirectionWorks() throws IOException {
        Run r = run(Map.of());
        ComputeToTarget c = ctt(r, MetricTarget.of("loss", 0.05, new ComputeSource.FlopsPerStep(1)));
        assertFalse(c.reached());
        assertTrue(Double.isNaN(c.trainingFlops()));
        assertEquals(0.2, c.bestValue(), 0.0);
        assertEquals(200, c.bestStep());
        ComputeToTarget higher = ctt(r, new MetricTarget("loss", 0.9, TargetDirection.HIGHER_IS_BETTER,
                new ComputeSource.FlopsPerStep(1), Double.NaN));
        assertEquals(0.0, higher.stepAtTarget(), 0.0);
    }

    @Test
    void provenanceCarriesSourceSha256AndParameters() throws Exception {
        Run r = run(Map.of());
        ComputeToTarget c = ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.FlopsPerStep(1e9)));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of(r.source()))));
        assertEquals(expected, c.provenance().sources().get(0).sha256());
        assertEquals(r.source(), c.provenance().sources().get(0).path());
        assertEquals("0.5", c.provenance().parameters().get("target"));
        assertEquals("flops-per-step", c.provenance().parameters().get("compute_method"));
        assertEquals(NOW, c.provenance().createdAt());
    }

    @Test
    void missingMetricOrComputeIsAClearError() throws IOException {
        Run r = run(Map.of());
        IllegalArgumentException noTag = assertThrows(IllegalArgumentException.class,
                () -> ctt(r, MetricTarget.of("bleu", 1, new ComputeSource.FlopsPerStep(1))));
        assertTrue(noTag.getMessage().contains("has no series 'bleu'"));
        IllegalArgumentException noFlops = assertThrows(IllegalArgumentException.class,
                () -> ctt(r, MetricTarget.of("loss", 0.5, new ComputeSource.LoggedFlops())));
        assertTrue(noFlops.getMessage().contains("logs no FLOPs of its own"));
    }

    @Test
    void directionIsInferredFromTheTag() {
        assertEquals(TargetDirection.LOWER_IS_BETTER, TargetDirection.infer("eval_wer"));
        assertEquals(TargetDirection.LOWER_IS_BETTER, TargetDirection.infer("val/Perplexity"));
        assertEquals(TargetDirection.LOWER_IS_BETTER, TargetDirection.infer("top1_error"));
        assertEquals(TargetDirection.HIGHER_IS_BETTER, TargetDirection.infer("eval_accuracy"));
    }

    @Test
    void tensorBoardSmoothingMatchesTheReferenceFormula() {
        assertArrayEquals(new double[] {1.0, 1.25 / 0.75, 2.125 / 0.875},
                TensorBoardSmoothing.smooth(new double[] {1, 2, 3}, 0.5), 1e-12);
        double[] withNaN = TensorBoardSmoothing.smooth(new double[] {1, Double.NaN, 2}, 0.5);
        assertTrue(Double.isNaN(withNaN[1]));
        assertEquals(1.25 / 0.75, withNaN[2], 1e-12);
        assertArrayEquals(new double[] {2, 2, 2}, TensorBoardSmoothing.smooth(new double[] {2, 2, 2}, 0.9), 0.0);
        assertArrayEquals(new double[] {1, 2, 3}, TensorBoardSmoothing.smooth(new double[] {1, 2, 3}, 0.0), 1e-12);
    }
}
