// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.io.csv.CsvFlavor;
import org.algoeff.workbench.io.csv.CsvLogReader;
import org.algoeff.workbench.io.hf.TrainerStateReader;
import org.algoeff.workbench.io.jsonl.JsonlFlavor;
import org.algoeff.workbench.io.jsonl.JsonlLogReader;
import org.algoeff.workbench.io.mlflow.MlflowFileStoreReader;
import org.algoeff.workbench.io.mlflow.MlflowSqliteReader;
import org.algoeff.workbench.io.text.ProblemLog;
import org.algoeff.workbench.io.wandb.WandbSummaryReader;
import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jazzer fuzz tests of the text readers (CSV, JSONL, trainer_state and W&B summary JSON, MLflow metric files,
 * MLflow SQLite), beside {@link BinaryReadersFuzzTest}. Property: for any bytes, nothing but IOException escapes,
 * no input hangs (Jazzer's timeout), every problem names the file read and says something, the problem list stays
 * bounded and every series is in step order where the format sorts (MLflow). In a plain {@code mvn test} each method
 * runs once per seed in {@code src/test/resources/org/algoeff/workbench/io/fuzz/TextReadersFuzzTestInputs/<method>/}
 * (the reliability reproducers among them: the regression corpus); {@code JAZZER_FUZZ=1} fuzzes one method
 * (docs/ingest.md, "Fuzzing").
 */
class TextReadersFuzzTest {
    /** Most problems one file can report: the warnings' and errors' caps plus one summary line each. */
    private static final int MAX_PROBLEMS = ProblemLog.MAX_PROBLEMS_PER_FILE + ProblemLog.MAX_ERRORS_PER_FILE + 2;
    private static final String RUN_META = "run_id: 0a1b2c3d\nrun_uuid: 0a1b2c3d\nexperiment_id: '1'\n"
            + "start_time: 1690000000000\nrun_name: fuzz\n";
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("algoeff-text-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void csv(byte[] input) throws IOException {
        readAndCheck(new CsvLogReader(CsvFlavor.GENERIC), "metrics.csv", input);
    }

    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void jsonl(byte[] input) throws IOException {
        readAndCheck(new JsonlLogReader(JsonlFlavor.WANDB_HISTORY), "wandb-history.jsonl", input);
    }

    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void trainerState(byte[] input) throws IOException {
        readAndCheck(new TrainerStateReader(), "trainer_state.json", input);
    }

    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void wandbSummary(byte[] input) throws IOException {
        readAndCheck(new WandbSummaryReader(), "wandb-summary.json", input);
    }

    /** A run folder: the fuzzer's first bytes (up to 2 KiB) as meta.yaml or a fixed valid one, the rest as a metric. */
    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void mlflowFileStore(FuzzedDataProvider data) throws IOException {
        Path run = Files.createDirectories(dir.resolve("mlruns/1/run"));
        Files.createDirectories(run.resolve("metrics"));
        byte[] meta = data.consumeBoolean() ? data.consumeBytes(data.consumeInt(0, 2048))
                : RUN_META.getBytes(StandardCharsets.UTF_8);
        Files.write(run.resolve("meta.yaml"), meta);
        Files.write(run.resolve("metrics/loss"), data.consumeRemainingAsBytes());
        ParseResult<List<Run>> result = new MlflowFileStoreReader().read(run, ProgressSink.NONE,
                CancellationToken.NEVER);
        check(result, run);
        for (Run r : result.value()) {
            for (MetricSeries s : r.series()) {
                for (int i = 1; i < s.size(); i++) {
                    assertTrue(s.step(i - 1) <= s.step(i), "MLflow series are sorted by step");
                }
            }
        }
    }

    /** Any bytes as mlflow.db, with a 2 s time limit instead of minutes (Jazzer's per-input timeout is 5 s). */
    @FuzzTest(maxDuration = "20m", maxExecutions = 1_000_000)
    void sqlite(byte[] input) throws IOException {
        readAndCheck(new MlflowSqliteReader(2_000), "mlflow.db", input);
    }

    private static void readAndCheck(LogReader reader, String name, byte[] input) throws IOException {
        Path file = Files.write(dir.resolve(name), input);
        reader.accepts(file, input);
        check(reader.read(file, ProgressSink.NONE, CancellationToken.NEVER), file);
    }

    private static void check(ParseResult<List<Run>> result, Path source) {
        for (Problem p : result.problems()) {
            assertTrue(Path.of(p.source()).startsWith(source), p.describe());
            assertTrue(!p.message().isBlank(), p.describe());
        }
        assertTrue(result.problems().size() <= MAX_PROBLEMS * Math.max(1, result.value().size() + 1),
                "problem list is bounded");
    }
}
