// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.onlyRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** W&B bookkeeping keys are hidden unless asked for; an old-layout run folder is one run. */
class WandbKeysTest {
    private static final String IMAGE = "{\"_type\": \"image-file\", \"size\": 1234, \"width\": 28, \"height\": 28, "
            + "\"format\": \"png\", \"path\": \"media/images/examples_0.png\", \"sha256\": \"ab12\"}";

    @TempDir
    Path dir;

    private Path oldLayoutRun(Path parent) throws IOException {
        Path run = Files.createDirectories(parent.resolve("run-20200401_201907-2xk4glw6"));
        StringBuilder history = new StringBuilder();
        for (int step = 0; step < 5; step++) {
            history.append("{\"_step\": ").append(step).append(", \"_runtime\": ").append(10 + step * 10)
                    .append(", \"_timestamp\": ").append(1_585_772_347 + step * 10).append(", \"loss\": ")
                    .append(1.0 / (step + 1)).append(", \"examples\": ").append(IMAGE)
                    .append(", \"_wandb\": {\"runtime\": ").append(10 + step * 10).append("}}\n");
        }
        Files.writeString(run.resolve("wandb-history.jsonl"), history.toString());
        Files.writeString(run.resolve("wandb-events.jsonl"),
                "{\"system.cpu\": 12.5, \"system.memory\": 40.1, \"_wandb\": true, \"_timestamp\": 1585772352, "
                        + "\"_runtime\": 15}\n{\"system.cpu\": 80.0, \"system.memory\": 41.0, \"_wandb\": true, "
                        + "\"_timestamp\": 1585772383, \"_runtime\": 46}\n");
        Files.writeString(run.resolve("wandb-metadata.json"), "{\"root\": \"/home/u/proj\", \"program\": "
                + "\"train.py\", \"host\": \"gpu-box\", \"startedAt\": \"2020-04-01T20:19:07.406455\", "
                + "\"state\": \"finished\", \"heartbeatAt\": \"2020-04-01T20:20:07.1\"}");
        Files.writeString(run.resolve("wandb-summary.json"), "{\"_step\": 4, \"_runtime\": 50, \"loss\": 0.2}");
        return run;
    }

    @Test
    void historyHidesRuntimeWandbAndMediaFieldsByDefault() throws IOException {
        Path run = oldLayoutRun(dir);
        Run read = onlyRun(load(run.resolve("wandb-history.jsonl")));
        assertTrue(read.series("loss").isPresent());
        assertTrue(read.tags().stream().noneMatch(t -> t.startsWith("_") || t.startsWith("examples/")),
                read.tags()::toString);
    }

    @Test
    void theSwitchShowsThem() throws IOException {
        Path run = oldLayoutRun(dir);
        CliRun shown = CliRun.of("inspect", run.resolve("wandb-history.jsonl").toString(), "--wandb-internal");
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("_runtime") && shown.out().contains("examples/size"), shown.out());
        CliRun hidden = CliRun.of("inspect", run.resolve("wandb-history.jsonl").toString());
        assertFalse(hidden.out().contains("_runtime") || hidden.out().contains("examples/size"), hidden.out());
    }

    @Test
    void summaryHidesBookkeepingToo() throws IOException {
        Path file = Files.writeString(dir.resolve("wandb-summary.json"), "{\"_step\": 9, \"_runtime\": 50, "
                + "\"_timestamp\": 1585772400, \"acc\": 0.9, \"examples\": " + IMAGE + ", \"_wandb\": {\"runtime\": 50}}");
        Run read = onlyRun(load(file));
        assertEquals(List.of("acc"), read.tags());
        assertEquals(9, read.series("acc").orElseThrow().step(0));
    }

    @Test
    void anOldLayoutRunFolderIsOneRunWithItsSystemMetricsAndMetadata() throws IOException {
        Path run = oldLayoutRun(dir.resolve("wandb"));
        LoadReport report = load(dir);
        Run read = onlyRun(report);
        assertTrue(report.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), describe(report));
        assertEquals("2xk4glw6", read.id());
        assertEquals("train.py", read.metadata().get("wandb.meta.program"));
        assertEquals(LocalDate.of(2020, 4, 1), read.recordedDate().date());
        var cpu = read.series("system.cpu").orElseThrow();
        assertEquals(2, cpu.size());
        assertEquals(0, cpu.step(0), "12.5% at 1585772352 is during step 0 (logged at ...347)");
        assertEquals(3, cpu.step(1), "80% at 1585772383 is after step 3 (logged at ...377)");
        assertTrue(read.tags().stream().noneMatch(t -> t.startsWith("_")), read.tags()::toString);
        // The same folder not named run-*: still one run, the metadata and events are no runs of their own.
        Path plain = Files.createDirectories(dir.resolve("copy"));
        for (String f : List.of("wandb-history.jsonl", "wandb-events.jsonl", "wandb-metadata.json")) {
            Files.copy(run.resolve(f), plain.resolve(f));
        }
        LoadReport copy = load(plain);
        assertEquals(1, copy.runs().size(), describe(copy));
        assertTrue(copy.problems().isEmpty(), describe(copy));
    }

    @Test
    void aMetadataFileReadAloneIsNoError() throws IOException {
        Path run = oldLayoutRun(dir);
        LoadReport report = load(run.resolve("wandb-metadata.json"));
        assertTrue(report.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR), describe(report));
        assertTrue(report.problems().get(0).message().contains("metadata"), describe(report));
    }
}
