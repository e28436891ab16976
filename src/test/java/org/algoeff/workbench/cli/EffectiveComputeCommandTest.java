// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code effective-compute} on the shipped data: Epoch AI's largest runs (the compute records) times HB20's
 * AlexNet-level frontier, AlexNet (2012-06-01) to ShuffleNet v2 (2018-07-30), HB20's 2012-2018. HB20 section 5.4 says
 * ~300,000x x ~25x = ~7.5 million x; the efficiency side reproduces 25x, the compute side's fitted line is steeper.
 */
class EffectiveComputeCommandTest {
    @TempDir
    Path dir;

    private static String[] args(String... more) {
        String[] base = {"effective-compute", "--compute", SampleDataFiles.EPOCH.toString(), "--compute-frontier",
            "--efficiency", SampleDataFiles.HB20_ALEXNET.toString(), "--efficiency-frontier", "--from", "2012-06-01",
            "--to", "2018-07-30", "--bootstrap", "2000"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void hb20sOrderOfMagnitudeFromTheShippedData() throws IOException {
        CliRun run = CliRun.of(args("--json"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(6.2, j.get("years").asDouble(), 0.05);
        assertEquals(25, j.get("algorithms").get("factor").asDouble(), 1, "HB20's ~25x, 2012-2018");
        assertEquals(16.0, j.get("algorithms").get("halvingMonths").asDouble(), 0.1);
        assertEquals(3.1, j.get("compute").get("doublingMonths").asDouble(), 0.1);
        double effective = j.get("effective").get("factor").asDouble();
        assertTrue(effective > 1e7 && effective < 1e10, "within two orders of HB20's 7.5e6: " + effective);
        assertTrue(j.get("effective").get("ci95").get(0).asDouble() < 7.5e6, "HB20's figure is inside the interval");
        assertTrue(j.get("effective").get("ci95").get(1).asDouble() > effective);
        assertEquals(5, j.get("algorithms").get("points").asInt());
        assertTrue(j.get("readout").asText().contains("from compute x ~25x (95% CI 15x-"), j.toString());
        assertTrue(j.get("warnings").toString().contains("efficiency: only 5 points fitted"), j.toString());
    }

    @Test
    void textAndChart() throws IOException {
        Path png = dir.resolve("effective.png");
        CliRun run = CliRun.of(args("--out", png.toString(), "--where", "Notability criteria~.+"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2012-06-01 to 2018-07-30 (6.2 years)"), run.out());
        assertTrue(run.out().contains("  algorithms  25x"), run.out());
        assertTrue(run.out().contains("effective, 2012-06-01 to 2018-07-30"), run.out());
        assertNotNull(ImageIO.read(png.toFile()));
    }

    @Test
    void badWindowAndMissingDataAreOneLineErrors() {
        CliRun reversed = CliRun.of("effective-compute", "--compute", SampleDataFiles.EPOCH.toString(), "--efficiency",
                SampleDataFiles.HB20_ALEXNET.toString(), "--from", "2018-01-01", "--to", "2012-01-01");
        assertEquals(1, reversed.exitCode());
        assertTrue(reversed.err().contains("the window must end after it starts"), reversed.err());
        CliRun empty = CliRun.of("effective-compute", "--compute", SampleDataFiles.EPOCH.toString(), "--efficiency",
                SampleDataFiles.HB20_ALEXNET.toString(), "--from", "1990-01-01", "--to", "1995-01-01");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("efficiency data set: a trend needs points"), empty.err());
    }
}
