// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.text.CsvFields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotDataWriterTest {
    @TempDir
    Path dir;

    @Test
    void csvHasOneRowPerPlottedVertexWithFullPrecision() throws Exception {
        PlotSpec spec = TestPlots.trend();
        Path csv = dir.resolve("t.csv");
        PlotDataWriter.writeCsv(spec, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(PlotDataWriter.CSV_HEADER, lines.get(0));
        long points = lines.stream().filter(l -> l.startsWith("series,")).count();
        assertEquals(5, points);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("series,AlexNet-level (HB20),") && l.contains("3.0E18")
                && l.contains("AlexNet | 2012-06-01")), "AlexNet row with its exact value");
        int fitRows = spec.fits().get(0).line().size();
        assertEquals(fitRows, lines.stream().filter(l -> l.startsWith("band-low,")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("overlay,\"Moore's law (x2 every 24.0 months,")));
    }

    @Test
    void jsonRoundTripsTheWholeSpec() throws Exception {
        PlotSpec spec = TestPlots.trend();
        Path json = dir.resolve("t.json");
        PlotDataWriter.writeJson(spec, json);
        assertEquals(spec, PlotDataWriter.readJson(json));
    }

    @Test
    void quotesFieldsWithCommasAndQuotes() {
        assertEquals("\"a,b\"", CsvFields.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFields.quote("say \"hi\""));
        assertEquals("plain", CsvFields.quote("plain"));
    }
}
