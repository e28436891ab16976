// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.anyProblem;
import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.onlyRun;
import static org.algoeff.workbench.io.reliability.Reproducers.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R9: gzip damage keeps the lines before it, a small cut gzip is read, and the CRC is checked for JSON too. */
class GzipDamageTest {
    @TempDir
    Path dir;

    @Test
    void damageMidFileKeepsTheLinesBeforeIt() {
        // Python's zlib inflates 81 whole lines (324 points) before the bad back-reference.
        LoadReport report = load(resource("gzip-damage/damaged-mid.jsonl.gz"));
        Run run = onlyRun(report);
        assertTrue(run.totalPoints() >= 300, run.totalPoints() + " points; " + describe(report));
        assertTrue(anyProblem(report, Severity.ERROR, "gzip data is corrupt"), describe(report));
    }

    @Test
    void aSmallCutGzipIsReadUpToTheCut() {
        // 10 whole lines of 4 numbers before the cut.
        LoadReport report = load(resource("gzip-damage/truncated-small.jsonl.gz"));
        Run run = onlyRun(report);
        assertTrue(run.totalPoints() >= 36, run.totalPoints() + " points; " + describe(report));
        assertTrue(anyProblem(report, Severity.ERROR, "cut off"), describe(report));
    }

    @Test
    void aWrongCrcInAGzipTrainerStateIsAnError() {
        LoadReport report = load(resource("gzip-damage/crc-wrong__trainer_state.json.gz"));
        assertTrue(anyProblem(report, Severity.ERROR, "CRC"), describe(report));
        assertEquals(1, report.runs().size());
    }

    @Test
    void aGoodGzipTrainerStateHasNoProblem() throws IOException {
        Path file = dir.resolve("trainer_state.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"log_history\": [{\"step\": 1, \"loss\": 0.5}, {\"step\": 2, \"loss\": 0.4}]}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        LoadReport report = load(file);
        assertEquals(2, onlyRun(report).series("loss").orElseThrow().size());
        assertTrue(report.problems().isEmpty(), describe(report));
    }
}
