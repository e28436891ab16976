// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fit --breakpoints} on Epoch AI's snapshot, 1950-2022 (Sevilla et al.'s range): the figures the issue states
 * (hinge near 2008.9, about 23-month doubling before and 6.5 after; the discontinuous break in the 2005.6-2009.5
 * gap, where the snapshot has no system with a compute estimate).
 */
class FitBreakpointsCommandTest {
    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void epochHingeBreakAndEraDoublingTimes() throws IOException {
        JsonNode j = json("fit", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "1",
                "--bootstrap", "300", "--json");
        assertEquals("continuous", j.get("breakModel").asText());
        assertEquals(1, j.get("breaks").asInt());
        assertEquals("asked", j.get("chosenBy").asText());
        JsonNode b = j.get("breakpoints").get(0);
        assertEquals(2008.84, b.get("year").asDouble(), 0.05);
        assertEquals("2008-11-03", b.get("date").asText());
        assertTrue(b.get("ci95").get(0).asText().compareTo("2008-11-03") < 0, b.toString());
        assertTrue(b.get("ci95").get(1).asText().compareTo("2008-11-03") > 0, b.toString());
        assertFalse(b.has("between"));
        JsonNode before = j.get("segments").get(0);
        JsonNode after = j.get("segments").get(1);
        assertEquals(23.3, before.get("doublingMonths").asDouble(), 0.1);
        assertEquals(6.5, after.get("doublingMonths").asDouble(), 0.1);
        assertEquals(385, before.get("points").asInt() + after.get("points").asInt());
        assertEquals("2008-11-03", before.get("to").asText());
        assertEquals("2008-11-03", after.get("from").asText());
        for (JsonNode s : j.get("segments")) {
            double m = s.get("doublingMonths").asDouble();
            assertTrue(s.get("ci95Months").get(0).asDouble() < m && m < s.get("ci95Months").get(1).asDouble());
            assertTrue(s.has("tCi95Months") && s.has("fittedFactor") && s.has("readout"));
        }
        assertTrue(j.get("readout").asText().startsWith("continuous broken line, 1 break: 2008-11-03"));
    }

    @Test
    void epochDiscontinuousBreakIsAnywhereInTheGapWithoutSystems() throws IOException {
        JsonNode j = json("fit", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "1",
                "--break-model", "discontinuous", "--bootstrap", "300", "--json");
        JsonNode b = j.get("breakpoints").get(0);
        assertEquals("2005-08-01", b.get("between").get(0).asText(), "BiLSTM for Speech");
        assertEquals("2009-06-15", b.get("between").get(1).asText(), "GPU DBNs");
        assertEquals(2007.5, b.get("year").asDouble(), 0.05);
        assertEquals(23.3, j.get("segments").get(0).get("doublingMonths").asDouble(), 0.1);
        assertEquals(6.5, j.get("segments").get(1).get("doublingMonths").asDouble(), 0.1);
    }

    @Test
    void autoScoresZeroToTwoBreaksByBic() throws IOException {
        JsonNode j = json("fit", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "auto",
                "--bootstrap", "0", "--json");
        assertEquals("bic", j.get("chosenBy").asText());
        assertEquals(3, j.get("bic").size());
        double lowest = Double.POSITIVE_INFINITY;
        int best = -1;
        for (JsonNode s : j.get("bic")) {
            if (s.get("bic").asDouble() < lowest) {
                lowest = s.get("bic").asDouble();
                best = s.get("breaks").asInt();
            }
        }
        assertEquals(best, j.get("breaks").asInt());
        assertTrue(j.get("bic").get(0).get("bic").asDouble() > lowest + 10, "one line is clearly worse");
    }

    @Test
    void groupsGetTheirOwnBreaksAndTextNamesTheSegments() throws IOException {
        JsonNode j = json("fit", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--where", "Domain=Vision",
                "--group-by", "Domain", "--breakpoints", "1", "--bootstrap", "0", "--json");
        assertEquals("Domain=Vision", j.get("groups").get(0).get("group").asText());
        assertEquals(2, j.get("groups").get(0).get("segments").size());
        CliRun text = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "1",
                "--bootstrap", "200");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("continuous broken line, 1 break: 2008-11-03"), text.out());
        assertTrue(text.out().contains("2008-11-03 to 2022-12-28 (363 points): doubles every 6.5 months"),
                text.out());
        assertTrue(text.out().contains("BIC:  0 breaks"), text.out());
    }

    @Test
    void badOptionsAreOneLineErrors() {
        CliRun wrong = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--breakpoints", "3");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("breakpoints must be 1, 2 or auto"), wrong.err());
        CliRun orphan = CliRun.of("fit", SampleDataFiles.EPOCH.toString(), "--break-model", "discontinuous");
        assertEquals(1, orphan.exitCode());
        assertTrue(orphan.err().contains("need --breakpoints"), orphan.err());
        CliRun few = CliRun.of("fit", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--breakpoints", "1");
        assertEquals(1, few.exitCode());
        assertTrue(few.err().contains("1 break(s) need at least 10 points"), few.err());
    }
}
