// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotSpan;
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

    /** A break's shaded interval travels with the numbers, the JSON and the vector drawing. */
    @Test
    void spansAreExportedAndDrawn() throws Exception {
        PlotSpec base = TestPlots.trend();
        PlotSpan span = new PlotSpan("break 2015-01-01 (95% CI 2014-01-01 to 2016-06-30)", 2014.0, 2016.5, 2015.0);
        PlotSpec spec = new PlotSpec(base.title(), base.x(), base.y(), base.series(), base.fits(), base.overlays(),
                base.annotations(), true, List.of(span));
        String csv = PlotDataWriter.toCsv(spec);
        assertTrue(csv.contains("span-from,break 2015-01-01 (95% CI 2014-01-01 to 2016-06-30),2014.0,NaN"), csv);
        assertTrue(csv.contains("span-at,") && csv.contains("span-to,"), csv);
        Path json = dir.resolve("s.json");
        PlotDataWriter.writeJson(spec, json);
        assertEquals(spec, PlotDataWriter.readJson(json));
        Path svg = dir.resolve("s.svg");
        SvgPlotWriter.write(spec, 800, 500, svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("break 2015-01-01 (95% CI 2014-01-01 to 2016-06-30)"), "legend row");
        assertTrue(text.toUpperCase(java.util.Locale.ROOT).contains(PlotPalette.SPAN.toUpperCase(java.util.Locale.ROOT)),
                "span drawn in its colour");
    }

    @Test
    void quotesFieldsWithCommasAndQuotes() {
        assertEquals("\"a,b\"", CsvFields.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvFields.quote("say \"hi\""));
        assertEquals("plain", CsvFields.quote("plain"));
    }
}
