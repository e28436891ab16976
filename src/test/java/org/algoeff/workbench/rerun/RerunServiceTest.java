// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.compute.Flops;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.JobFailed;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training loop, target stopping, FLOP accounting and the JSONL log, with a numerics-free engine. */
class RerunServiceTest {
    private static final Path DATA = Path.of("sample-data", "mnist-10k");
    private static final Recipe MLP = Recipes.byId("mlp-1986").orElseThrow();

    @TempDir
    Path tmp;

    private static RerunRequest request(double target, Path log) {
        return new RerunRequest(MLP, DATA, target, 2, 7, Backend.CPU, 1000, 100, 1, log);
    }

    @Test
    void stopsAtTheTargetAndCountsThreeForwardPassesPerExample() {
        FakeEngine engine = new FakeEngine(400);
        List<EvalPoint> seen = new ArrayList<>();
        RerunResult r = new RerunService(() -> engine, EvaluationSchedule.DEFAULT).rerun(request(0.8, null),
                ProgressSink.NONE, (recipe, seed, p) -> seen.add(p), CancellationToken.NEVER);
        assertTrue(r.reachedTarget());
        assertTrue(r.examples() < 2000, "stopped before the budget: " + r.examples());
        assertEquals(Flops.training(406_528, r.examples()), r.trainingFlops());
        assertEquals(r.curve(), seen);
        assertEquals(0, r.curve().get(0).examples());
        EvalPoint last = r.curve().get(r.curve().size() - 1);
        EvalPoint before = r.curve().get(r.curve().size() - 2);
        assertTrue(last.testAccuracy() >= 0.8 && before.testAccuracy() < 0.8);
        assertTrue(r.computeToTarget() > before.trainingFlops() && r.computeToTarget() <= last.trainingFlops());
        assertEquals(406_528L * 100 * r.curve().size(), r.evaluationFlops());
    }

    @Test
    void unreachableTargetTrainsTheWholeBudget() {
        RerunResult r = new RerunService(() -> new FakeEngine(1e9), EvaluationSchedule.DEFAULT)
                .rerun(request(0.99, null), ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
        assertFalse(r.reachedTarget());
        assertTrue(Double.isNaN(r.computeToTarget()));
        assertEquals(2 * 1000, r.examples());
        assertEquals(2000, r.curve().get(r.curve().size() - 1).examples(), "evaluated at the end of the budget");
    }

    @Test
    void writesTheDocumentedJsonlLog() throws IOException {
        Path log = tmp.resolve("logs/mlp.jsonl");
        RerunResult r = new RerunService(() -> new FakeEngine(400), EvaluationSchedule.DEFAULT)
                .rerun(request(0.8, log), ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
        List<String> lines = Files.readAllLines(log);
        assertEquals(r.curve().size() + 1, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(lines.get(0));
        assertEquals("algoeff-rerun-log", header.get("format").asText());
        assertEquals(1, header.get("version").asInt());
        assertEquals("mlp-1986", header.get("recipe").asText());
        assertEquals(1986, header.get("year").asInt());
        assertEquals(7, header.get("seed").asLong());
        assertEquals(406_528, header.get("forward_flops_per_example").asLong());
        assertEquals(0.8, header.get("target").asDouble());
        JsonNode lastLine = json.readTree(lines.get(lines.size() - 1));
        for (String key : List.of("step", "examples", "training_flops", "test_accuracy", "train_loss", "wall_time")) {
            assertTrue(lastLine.get(key).isNumber(), key);
        }
        assertEquals(r.examples(), lastLine.get("examples").asLong());
        assertEquals(r.trainingFlops(), lastLine.get("training_flops").asLong());
    }

    @Test
    void seedsRunInTurnWithTheirOwnLogs() {
        Path log = tmp.resolve("mlp.jsonl");
        List<RerunResult> runs = new RerunService(() -> new FakeEngine(400), EvaluationSchedule.DEFAULT)
                .rerunSeeds(request(0.8, log), 3, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER);
        assertEquals(List.of(7L, 8L, 9L), runs.stream().map(RerunResult::seed).toList());
        assertTrue(Files.exists(tmp.resolve("mlp-seed8.jsonl")));
        RerunSummary s = RerunSummary.of(runs);
        assertEquals(3, s.reached());
        assertEquals(runs.get(1).computeToTarget(), s.medianComputeToTarget());
    }

    @Test
    void cancellationStopsBetweenMinibatches() {
        CancellationToken token = new CancellationToken();
        RerunService service = new RerunService(() -> new FakeEngine(1e9), EvaluationSchedule.DEFAULT);
        List<EvalPoint> seen = new ArrayList<>();
        assertThrows(CancellationException.class, () -> service.rerun(request(0.99, null), ProgressSink.NONE,
                (recipe, seed, p) -> {
                    seen.add(p);
                    if (seen.size() == 2) {
                        token.cancel();
                    }
                }, token));
        assertEquals(2, seen.size());
    }

    @Test
    void defaultTargetComesFromTheShippedCalibration() throws IOException {
        Calibration c = Calibration.read(DATA.resolve(Calibration.FILE_NAME));
        RerunService service = new RerunService(() -> new FakeEngine(400), EvaluationSchedule.DEFAULT);
        // version 2: read on the 1,000 validation digits, so only a rerun with the same split may use it
        assertEquals(2, c.version());
        assertEquals(1000, c.validationExamples());
        assertEquals(c.target(), service.resolveTarget(request(Double.NaN, null).withSplitAndStop(1000,
                StopRule.TARGET)));
        JobFailed other = assertThrows(JobFailed.class, () -> service.resolveTarget(request(Double.NaN, null)));
        assertTrue(other.getMessage().contains("0 validation digits"), other.getMessage());
        assertEquals(c.bestAccuracies().stream().mapToDouble(Double::doubleValue).min().orElseThrow(), c.target(),
                0.001, "the lowest converged level, rounded down");
        assertEquals("mlp-1986", c.recipe());
        assertEquals(DatasetFingerprint.of(DATA), c.datasetSha256());
    }

    @Test
    void missingCalibrationIsAClearError() throws IOException {
        Path copy = tmp.resolve("digits");
        Files.createDirectories(copy);
        for (Path f : org.algoeff.workbench.io.idx.ImageDatasetReader.locate(DATA)) {
            Files.copy(f, copy.resolve(f.getFileName()));
        }
        RerunRequest r = new RerunRequest(MLP, copy, Double.NaN, 1, 1, Backend.CPU, 0, 0, 1, null);
        JobFailed e = assertThrows(JobFailed.class, () -> new RerunService(() -> new FakeEngine(1), EvaluationSchedule.DEFAULT)
                .resolveTarget(r));
        assertTrue(e.getMessage().contains("calibrate"), e.getMessage());
    }

    @Test
    void missingDataNamesTheFile() {
        RerunRequest r = new RerunRequest(MLP, tmp, 0.9, 1, 1, Backend.CPU, 0, 0, 1, null);
        JobFailed e = assertThrows(JobFailed.class, () -> new RerunService(() -> new FakeEngine(1),
                EvaluationSchedule.DEFAULT).rerun(r, ProgressSink.NONE, RerunListener.NONE, CancellationToken.NEVER));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
    }
}
