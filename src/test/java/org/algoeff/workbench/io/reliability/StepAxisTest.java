// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.anyProblem;
import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.onlyRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The step axis of CSV and JSONL logs: known names anywhere in the header, warnings, and epochs completed. */
class StepAxisTest {
    private static final Path KERAS = Path.of("../shared/realworld/keras_csv/Behavioral_Cloning_SDCP4__training.log");

    @TempDir
    Path dir;

    /** The columns of a Stable-Baselines3 PPO progress.csv (metrics first, time/total_timesteps later). */
    private Path sb3Progress() throws IOException {
        StringBuilder sb = new StringBuilder("train/approx_kl,train/clip_fraction,train/entropy_loss,train/n_updates,"
                + "train/loss,rollout/ep_rew_mean,time/fps,time/iterations,time/time_elapsed,time/total_timesteps\n");
        for (int i = 1; i <= 20; i++) {
            sb.append(String.format(Locale.ROOT, "%.4f,%.3f,%.3f,%d,%.4f,%.1f,%d,%d,%d,%d%n", 0.01 / i, 0.1,
                    -1.0 + i * 0.01, i * 10, 5.0 / i, 20.0 + i * 9, 900, i, i * 2, i * 2048));
        }
        return Files.writeString(dir.resolve("progress.csv"), sb.toString());
    }

    @Test
    void sb3ProgressCsvStepsAreTheTotalTimestepsNotItsFirstMetric() throws IOException {
        LoadReport report = load(sb3Progress());
        Run run = onlyRun(report);
        assertEquals("time/total_timesteps", run.metadata().get("x_column"));
        assertEquals("environment timesteps", run.metadata().get("step_unit"));
        MetricSeries kl = run.series("train/approx_kl").orElseThrow();
        assertEquals(20, kl.size());
        assertEquals(2048, kl.step(0));
        assertEquals(40960, kl.step(19));
        assertTrue(report.problems().isEmpty(), describe(report));
    }

    @Test
    void aMetricWholeNumberInTheFirstColumnIsNotTheAxis() throws IOException {
        Path file = Files.writeString(dir.resolve("log.csv"), "loss,acc\n2,0.5\n1,0.7\n");
        Run run = onlyRun(load(file));
        assertEquals("row index", run.metadata().get("x_column"));
        assertEquals(2, run.series("loss").orElseThrow().size());
    }

    @Test
    void aConstantOrZeroStepColumnIsWarnedAbout() throws IOException {
        LoadReport zero = load(Files.writeString(dir.resolve("zero.csv"), "step,loss\n0,0.9\n0,0.8\n0,0.7\n"));
        assertTrue(anyProblem(zero, Severity.WARNING, "step axis 'step' is 0 in all 3 rows"), describe(zero));
        LoadReport constant = load(Files.writeString(dir.resolve("c.jsonl"),
                "{\"step\": 5, \"loss\": 0.9}\n{\"step\": 5, \"loss\": 0.8}\n"));
        assertTrue(anyProblem(constant, Severity.WARNING, "is constant (5)"), describe(constant));
        LoadReport back = load(Files.writeString(dir.resolve("back.csv"), "step,loss\n1,0.9\n2,0.8\n1,0.7\n2,0.6\n"));
        assertTrue(anyProblem(back, Severity.WARNING, "goes back 1 time"), describe(back));
        assertEquals("line 4", back.problems().get(0).where().split(":")[0]);
    }

    @Test
    void yoloResultsCsvWithPaddedHeaderCountsEpochsCompleted() throws IOException {
        // YOLOv5 results.csv: right-aligned header cells, 0-based epoch first.
        Path file = Files.writeString(dir.resolve("results.csv"),
                "               epoch,      train/box_loss,      train/obj_loss,   metrics/mAP_0.5\n"
                        + "                   0,            0.10836,            0.04466,           0.0012\n"
                        + "                   1,            0.09421,            0.04210,           0.0154\n"
                        + "                   2,            0.08533,            0.03901,           0.0877\n");
        Run run = onlyRun(load(file));
        MetricSeries map = run.series("metrics/mAP_0.5").orElseThrow();
        assertEquals(1, map.step(0));
        assertEquals(3, map.step(2));
        assertTrue(run.metadata().get("step_unit").startsWith("epochs completed"));
    }

    @Test
    void aOneBasedEpochIsNotShifted() throws IOException {
        Path file = Files.writeString(dir.resolve("results.csv"), "epoch,train/box_loss\n1,0.1\n2,0.09\n");
        assertEquals(1, onlyRun(load(file)).series("train/box_loss").orElseThrow().step(0));
    }

    @Test
    void realKerasLogIsEpochsCompletedAndCttCountsFlopsPerEpoch() {
        assumeTrue(Files.isRegularFile(KERAS));
        Run run = onlyRun(load(KERAS));
        MetricSeries loss = run.series("loss").orElseThrow();
        assertEquals(1, loss.step(0), "epoch 0 of a CSVLogger log is the end of the first epoch");
        assertEquals(10, loss.step(9));
        double firstLoss = loss.value(0);
        CliRun ctt = CliRun.of("ctt", KERAS.toString(), "--metric", "loss", "--target", Double.toString(firstLoss),
                "--lower-is-better", "--flops-per-step", "1e15");
        assertEquals(0, ctt.exitCode(), ctt.err());
        assertTrue(ctt.out().contains("step:     epochs completed"), ctt.out());
        assertTrue(ctt.out().contains("1.0000e+15 FLOP"), "one epoch of 1e15 FLOP reaches the first loss: " + ctt.out());
        assertFalse(ctt.out().contains("reached:  step 0.00"), ctt.out());
    }
}
