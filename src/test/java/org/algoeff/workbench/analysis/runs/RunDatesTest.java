// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.RecordedDate;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.testsupport.SharedData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunDatesTest {
    private static Run load(Path p) throws IOException {
        return new RunLoader().load(List.of(p), ProgressSink.NONE, CancellationToken.NEVER).runs().get(0);
    }

    @Test
    void theReadersOwnDateWinsOverWallTimesAndZeroTimesDateNothing() {
        MetricSeries s = new MetricSeries("loss", new long[] {1, 2}, new double[] {1, 0.5},
                new double[] {1_700_000_000.0, 1_600_000_000.0});
        Run logged = new Run("a", "jsonl", "a.jsonl", List.of(s), Map.of());
        assertEquals(new RecordedDate(LocalDate.of(2020, 9, 13), "first logged wall time (jsonl)"),
                RunDates.recorded(logged).orElseThrow(), "the earliest point, not the first in the file");
        RecordedDate own = new RecordedDate(LocalDate.of(2019, 1, 2), "MLflow start_time");
        assertEquals(own, RunDates.recorded(new Run("b", "mlflow", "b", "id", own, List.of(s), Map.of()))
                .orElseThrow());
        MetricSeries zeros = new MetricSeries("loss", new long[] {1}, new double[] {1}, new double[] {0});
        assertTrue(RunDates.recorded(new Run("c", "csv", "c", List.of(zeros), Map.of())).isEmpty());
        MetricSeries none = new MetricSeries("loss", new long[] {1}, new double[] {1}, new double[] {Double.NaN});
        assertTrue(RunDates.recorded(new Run("d", "csv", "d", List.of(none), Map.of())).isEmpty());
    }

    @Test
    void realLogsAreDatedByWhatTheyRecord() throws IOException {
        Run tb = load(SharedData.require(
                "realworld/tfevents/dl-fundamentals__events.out.tfevents.1663714433.MBP-2.lan.59892.0"));
        assertEquals(LocalDate.of(2022, 9, 20), RunDates.recorded(tb).orElseThrow().date());
        Run mlflow = load(SharedData.require("realworld/mlflow/ConvNeXt-V2-UNet__mlruns/187479759740700411/"
                + "ea71e54bc850434eaa5170c17d564de6"));
        assertEquals(new RecordedDate(LocalDate.of(2025, 6, 16), "MLflow start_time"), mlflow.recordedDate(),
                "start_time 1750103415617 ms");
        assertEquals("ea71e54bc850434eaa5170c17d564de6", mlflow.id());
        Run csv = load(SharedData.require("realworld/lightning_csv/dl-fundamentals__version_1__metrics.csv"));
        assertTrue(RunDates.recorded(csv).isEmpty(), "Lightning's CSV records no time");
    }
}
