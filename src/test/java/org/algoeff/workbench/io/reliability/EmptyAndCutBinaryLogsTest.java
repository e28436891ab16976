// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.cli.CliRun;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.tfevents.TfRecordTestWriter;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.anyProblem;
import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R13 and "nothing read always comes with the reason": cut .wandb headers, header-only event files. */
class EmptyAndCutBinaryLogsTest {
    @TempDir
    Path dir;

    @Test
    void r13AWandbCutInsideAFragmentHeaderSaysItIsTruncated() {
        for (String name : new String[] {"run-cut.wandb", "run-cut7.wandb"}) {
            LoadReport report = load(resource("wandb-silent-truncation/" + name));
            assertTrue(anyProblem(report, Severity.ERROR, "truncated"), name + ": " + describe(report));
            assertEquals(1, report.runs().size(), name + ": the records before the cut are kept");
        }
    }

    @Test
    void aHeaderOnlyEventFileIsNothingLoadedWithANonZeroExit() throws IOException {
        Path file = dir.resolve("events.out.tfevents.1700000000.host.1.0");
        Files.write(file, new TfRecordTestWriter().add(TfRecordTestWriter.fileVersionEvent(1.7e9)).bytes());
        LoadReport report = load(file);
        assertTrue(report.runs().isEmpty());
        assertTrue(anyProblem(report, Severity.ERROR, "nothing loaded: the file holds only its header event"),
                describe(report));
        CliRun inspect = CliRun.of("inspect", file.toString());
        assertEquals(1, inspect.exitCode(), inspect.out());
        assertTrue(inspect.out().contains("nothing loaded"), inspect.out());
    }

    @Test
    void aJsonlOfTextOnlyIsNothingLoadedWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jsonl"), "{\"note\": \"a\"}\n{\"note\": \"b\"}\n");
        LoadReport report = load(file);
        assertTrue(report.runs().isEmpty());
        assertTrue(anyProblem(report, Severity.ERROR, "nothing loaded: no numeric values"), describe(report));
    }
}
