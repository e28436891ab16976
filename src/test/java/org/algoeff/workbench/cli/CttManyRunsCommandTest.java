// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code algoeff ctt} over several real logs: every run reported (with why it has no value), dates from the logs or
 * {@code --date}, {@code --trend-out} a data set that {@code algoeff fit} reads as it is, and the numbers those of the
 * one compute-to-target service.
 */
class CttManyRunsCommandTest {
    private static final String TB = "realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0";
    private static final String CSV1 = "realworld/lightning_csv/dl-fundamentals__version_1__metrics.csv";
    private static final String CSV2 = "realworld/lightning_csv/dl-fundamentals__version_2__metrics.csv";
    private static final String KERAS = "realworld/keras_csv/Behavioral_Cloning_SDCP4__training.log";

    @TempDir
    Path dir;

    @Test
    void everyRunIsReportedWithItsDateOriginAndWhyItHasNoPoint() throws IOException {
        Path tb = SharedData.require(TB);
        Path csv1 = SharedData.require(CSV1);
        Path keras = SharedData.require(KERAS);
        CliRun r = CliRun.of("ctt", tb.toString(), csv1.toString(), keras.toString(), "--metric", "val_acc",
                "--target", "0.85", "--flops-per-step", "1e12", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
        assertEquals(3, runs.size(), "no run is dropped");
        JsonNode tbRun = runs.get(0);
        assertEquals("2022-09-20", tbRun.get("date").asText(), "TensorBoard's first event wall_time, 1663714433 s");
        assertEquals("first logged wall time (tfevents)", tbRun.get("dateSource").asText());
        assertEquals("not_reached", tbRun.get("status").asText(), "5 epochs end at 0.8375");
        assertTrue(tbRun.get("computeToTarget").isNull());
        JsonNode csvRun = runs.get(1);
        assertEquals("reached", csvRun.get("status").asText());
        assertTrue(csvRun.get("date").isNull(), "a Lightning CSV records no time");
        assertTrue(csvRun.get("reason").asText().startsWith("no date"), csvRun.toString());
        JsonNode kerasRun = runs.get(2);
        assertEquals("not_measured", kerasRun.get("status").asText());
        assertTrue(kerasRun.get("reason").asText().contains("no series 'val_acc'"), kerasRun.toString());
        assertEquals(0, new ObjectMapper().readTree(r.out()).get("trendPoints").asInt());
    }

    @Test
    void trendOutIsADataSetThatFitReadsWithTheServicesNumbers() throws IOException {
        Path tb = SharedData.require(TB);
        Path csv1 = SharedData.require(CSV1);
        Path csv2 = SharedData.require(CSV2);
        Path out = dir.resolve("runs.csv");
        CliRun r = CliRun.of("ctt", tb.toString(), csv1.toString(), csv2.toString(), "--metric", "val_acc",
                "--target", "0.8", "--flops-per-step", "3.5e12", "--date", "dl-fundamentals__version_1__metrics=2023-01",
                "--date", "dl-fundamentals__version_2__metrics=2024-06-30", "--trend-out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("3 of 3 run(s) dated and reached the target"), r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("model,date,compute to target (FLOP)"), lines.get(0));
        assertTrue(lines.get(2).contains("2023-01-01") && lines.get(3).contains("2024-06-30"), lines.toString());

        List<Double> expected = new ArrayList<>();
        for (Path p : List.of(tb, csv1, csv2)) {
            Run run = new RunLoader().load(List.of(p), ProgressSink.NONE, CancellationToken.NEVER).runs().get(0);
            expected.add(ComputeToTargetService.measure(run, new MetricTarget("val_acc", 0.8,
                    TargetDirection.HIGHER_IS_BETTER, new ComputeSource.FlopsPerStep(3.5e12), Double.NaN),
                    CancellationToken.NEVER).trainingFlops());
        }
        CliRun fit = CliRun.of("fit", out.toString(), "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        JsonNode points = new ObjectMapper().readTree(fit.out());
        assertEquals(3, points.get("points").asInt(), fit.out());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i), Double.parseDouble(lines.get(i + 1).split(",")[2]), 0.0,
                    "the CSV holds the service's value to the last digit");
        }
    }

    @Test
    void runsWithTheSameNameAreChosenByRunId() throws IOException {
        Path store = SharedData.require("realworld/mlflow/ConvNeXt-V2-UNet__mlruns");
        CliRun all = CliRun.of("ctt", store.toString(), "--metric", "loss", "--target", "1", "--flops-per-step",
                "1", "--json");
        assertEquals(0, all.exitCode(), all.err());
        JsonNode runs = new ObjectMapper().readTree(all.out()).get("runs");
        JsonNode withLoss = null;
        for (JsonNode run : runs) {
            withLoss = run.get("status").asText().equals("not_measured") ? withLoss : run;
        }
        String id = withLoss.get("id").asText();
        assertEquals("ea71e54bc850434eaa5170c17d564de6", id);
        assertEquals("MLflow start_time", withLoss.get("dateSource").asText());
        CliRun one = CliRun.of("ctt", store.toString(), "--run", id, "--metric", "loss", "--target", "1",
                "--flops-per-step", "1");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains("run id:   " + id), one.out());
    }

    @Test
    void anUnknownRunInDateIsAnErrorNamingTheRuns() throws IOException {
        Path csv1 = SharedData.require(CSV1);
        Path csv2 = SharedData.require(CSV2);
        CliRun r = CliRun.of("ctt", csv1.toString(), csv2.toString(), "--metric", "val_acc", "--target", "0.8",
                "--flops-per-step", "1", "--date", "nope=2020-01-01");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no run named 'nope'") && r.err().contains("dl-fundamentals__version_2"),
                r.err());
    }
}
