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
        assertTrue(run.out().contains("halving time         15.9 months"), run.out());
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

    @Test
    void jsonCarriesBothFactorsAndTheWarnings() throws IOException {
        CliRun run = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--json", "--bootstrap", "500");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(44.35, json.get("factor").asDouble(), 0.01);
        assertEquals(39.0, json.get("fittedFactor").asDouble(), 0.1);
        assertEquals(16, json.get("candidates").asInt());
        assertEquals("whole-dataset", json.get("frontierScope").asText());
        List<String> kinds = new ArrayList<>();
        json.get("warnings").forEach(w -> kinds.add(w.get("kind").asText()));
        assertEquals(List.of("few-points", "frontier", "data-caveat"), kinds);
        assertTrue(json.get("readout").asText().contains("fitted line 39x lower over 7.0 years (first to last point: 44x)"),
                json.get("readout").asText());
    }

    @Test
    void tableEndsWithTheWarnings() {
        CliRun run = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--bootstrap", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("fitted factor        39x less (the fitted line over the span)"), run.out());
        assertTrue(run.out().contains("\nwarning: frontier fit: record-setting points"), run.out());
        assertTrue(run.out().contains("points used          6 (frontier of 16, chosen over the whole data set)"),
                run.out());
    }

    @Test
    void whereAndGroupByReproduceThePublishedSelections() throws IOException {
        CliRun notable = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--from", "2010-01-01", "--to", "2022-12-31",
                "--where", "Notability criteria~.+", "--json", "--bootstrap", "300");
        assertEquals(0, notable.exitCode(), notable.err());
        JsonNode one = new ObjectMapper().readTree(notable.out());
        assertEquals(251, one.get("points").asInt());
        assertEquals(5.8, one.get("doublingMonths").asDouble(), 0.05);
        assertEquals("Notability criteria~.+", one.get("where").get(0).asText());

        CliRun grouped = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--from", "2010-01-01", "--to",
                "2022-12-31", "--group-by", "Domain", "--json", "--bootstrap", "0");
        assertEquals(0, grouped.exitCode(), grouped.err());
        JsonNode groups = new ObjectMapper().readTree(grouped.out()).get("groups");
        assertEquals("Domain=Language", groups.get(0).get("group").asText());
        assertEquals(212, groups.get(0).get("points").asInt());
        assertEquals("Domain=Vision", groups.get(1).get("group").asText());
        assertEquals(53, groups.get(1).get("points").asInt());
        assertTrue(groups.get(1).has("doublingMonths") && groups.get(1).has("warnings"), "same fields as one fit");
        JsonNode last = groups.get(groups.size() - 1);
        assertEquals(1, last.get("rows").asInt());
        assertTrue(last.get("error").asText().contains("at least 2 different dates"), last.toString());
    }

    @Test
    void groupedTableHasARowPerGroup() {
        CliRun run = CliRun.of("fit", "sample-data/hb20/go-and-dota-relative.csv", "--value-col", "relative_compute",
                "--group-by", "task");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("task=Go (2 points): halves every 0.5 months"), run.out());
        assertTrue(run.out().contains("warning: task=Go: AlphaZero: dated by its arXiv preprint"), run.out());
    }

    @Test
    void directionIsCaseInsensitiveAsTheHelpWritesIt() throws IOException {
        CliRun run = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--direction", "declining", "--json",
                "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("declining", new ObjectMapper().readTree(run.out()).get("direction").asText());
        assertEquals(0, CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--direction", "GROWING",
                "--bootstrap", "0").exitCode());
    }

    @Test
    void badFiltersAndColumnsAreOneLineErrors() {
        CliRun malformed = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--where", "Domain");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("'Domain' is not a row filter"), malformed.err());

        CliRun unknown = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--group-by", "Continent");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("has no column named 'Continent'"), unknown.err());
        assertEquals(1, unknown.err().lines().filter(l -> l.startsWith("algoeff:")).count(), unknown.err());

        CliRun noFrontier = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier-in-window");
        assertEquals(1, noFrontier.exitCode());
        assertTrue(noFrontier.err().contains("--frontier-in-window needs --frontier"), noFrontier.err());
    }
}
