// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.text.SeriesCap;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;

import static org.algoeff.workbench.io.reliability.Reproducers.anyProblem;
import static org.algoeff.workbench.io.reliability.Reproducers.describe;
import static org.algoeff.workbench.io.reliability.Reproducers.load;
import static org.algoeff.workbench.io.reliability.Reproducers.onlyRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R2: a file wider than any log gives a problem and what fits, never an OutOfMemoryError. */
class BoundedTest {
    private static final int WIDE = SeriesCap.MAX_SERIES_PER_FILE + 20_000;

    @TempDir
    Path dir;

    @Test
    void aCsvWiderThanTheSeriesCapKeepsTheFirstColumnsWithAnError() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("step");
            for (int c = 0; c < WIDE; c++) {
                w.write(",m" + c);
            }
            for (int row = 0; row < 3; row++) {
                w.write("\n" + row);
                for (int c = 0; c < WIDE; c++) {
                    w.write(",1");
                }
            }
            w.write("\n");
        }
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals(SeriesCap.MAX_SERIES_PER_FILE - 1, run.series().size(), "the cap counts the step column");
        assertTrue(anyProblem(report, Severity.ERROR, "MAX_SERIES_PER_FILE"), describe(report));
        assertEquals(3, run.series("m0").orElseThrow().size());
        assertEquals(1, report.problems().size(), "no warning per row for the cells past the cap: " + describe(report));
    }

    @Test
    void aHeaderLongerThanTheLineLimitIsRefusedWithTheReason() throws IOException {
        Path file = dir.resolve("huge-header.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("step");
            for (int c = 0; c < 700_000; c++) {
                w.write(",c" + c);
            }
            w.write("\n0");
            for (int c = 0; c < 10; c++) {
                w.write(",1");
            }
            w.write("\n");
        }
        LoadReport report = load(file);
        assertTrue(report.runs().isEmpty());
        assertTrue(anyProblem(report, Severity.ERROR, "header: file not read"), describe(report));
    }

    @Test
    void aTrainerStateWithMoreKeysThanTheCapGivesAnError() throws IOException {
        Path file = dir.resolve("trainer_state.json");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("{\"log_history\": [{\"step\": 1");
            for (int k = 0; k < WIDE; k++) {
                w.write(", \"k" + k + "\": 1");
            }
            w.write("}, {\"step\": 2, \"k0\": 2}]}");
        }
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals(SeriesCap.MAX_SERIES_PER_FILE, run.series().size());
        assertEquals(2, run.series("k0").orElseThrow().size());
        assertTrue(anyProblem(report, Severity.ERROR, "MAX_SERIES_PER_FILE"), describe(report));
    }

    @Test
    void aJsonlWithMoreKeysThanTheCapGivesAnError() throws IOException {
        Path file = dir.resolve("wide.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int row = 0; row < 2; row++) {
                w.write("{\"step\": " + row);
                for (int k = row * WIDE; k < (row + 1) * WIDE; k++) {
                    w.write(", \"k" + k + "\": 1");
                }
                w.write("}\n");
            }
        }
        LoadReport report = load(file);
        Run run = onlyRun(report);
        assertEquals(SeriesCap.MAX_SERIES_PER_FILE - 1, run.series().size(), "the cap counts the step key");
        assertTrue(anyProblem(report, Severity.ERROR, "MAX_SERIES_PER_FILE"), describe(report));
    }
}
