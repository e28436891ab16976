// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonFitOfTheHb20FrontierHasTheDocumentedFields() throws IOException {
        CliRun run = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(6, json.get("points").asInt());
        assertEquals("2012-06-01", json.get("from").asText());
        assertEquals("2019-05-28", json.get("to").asText());
        double halving = json.get("halvingMonths").asDouble();
        assertTrue(halving > 15 && halving < 16.5, "halving " + halving);
        assertFalse(json.has("doublingMonths"));
        assertTrue(json.get("ci95Months").get(0).asDouble() < halving && halving < json.get("ci95Months").get(1).asDouble());
        assertEquals(44, json.get("factor").asDouble(), 0.5);
        assertTrue(json.get("r2").asDouble() > 0.95);
        assertTrue(json.get("slopeLog2PerYear").asDouble() < 0);
        assertEquals(11.3, json.get("hardware").get("factorOverSameYears").asDouble(), 0.1);
        assertEquals(64, json.get("sources").get(0).get("sha256").asText().length());
    }

    @Test
    void epochErasWithFromAndTo() throws IOException {
        CliRun run = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--from", "2010-01-01", "--to", "2022-12-31",
                "--json", "--bootstrap", "1000");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(6.0, json.get("doublingMonths").asDouble(), 1.0);
        assertTrue(run.err().startsWith("warning: ") && run.err().contains("rows without"), run.err());
    }

    @Test
    void humanTableNamesTheHalvingTimeAndItsIntervals() {
        CliRun run = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--bootstrap", "500");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("halving time         15.8 months"), run.out());
        assertTrue(run.out().contains("95% CI (t)"));
        assertTrue(run.out().contains("EfficientNet-b0"));
    }

    @Test
    void badRowExitsNonZeroWithOneLineNamingFileAndRow() throws IOException {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "model,date,compute\nA,2012-01-01,1e17\nB,2013-01-01,twelve\nC,2014-01-01,1e15\n");
        CliRun run = CliRun.of("fit", csv.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("mine.csv: line 3, column compute: 'twelve' is not a positive number"), run.err());
        assertFalse(run.err().contains("Exception"));

        CliRun skipping = CliRun.of("fit", csv.toString(), "--skip-bad-rows", "--json");
        assertEquals(0, skipping.exitCode(), skipping.err());
        assertTrue(skipping.err().startsWith("warning: "));
    }

    @Test
    void missingFileAndMissingColumnAreOneLineErrors() throws IOException {
        CliRun missing = CliRun.of("fit", dir.resolve("nope.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().trim().endsWith("nope.csv: no such file"), missing.err());

        Path csv = dir.resolve("cols.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        CliRun noColumn = CliRun.of("fit", csv.toString());
        assertEquals(1, noColumn.exitCode());
        assertTrue(noColumn.err().contains("no date column found"), noColumn.err());
        assertEquals(1, noColumn.err().lines().count());
    }

    @Test
    void singleDateIsAOneLineError() throws IOException {
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "date,compute\n2012-01-01,1e17\n");
        CliRun run = CliRun.of("fit", csv.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("at least 2 different dates"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("fit").exitCode());
        assertEquals(2, CliRun.of("fit", "x.csv", "--from", "not-a-date").exitCode());
    }
}
