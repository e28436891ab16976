// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.PlotSpecBuilder;
import org.algoeff.workbench.analysis.plot.TrendPlotRequest;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A point's spread (seeds of a rerun or sweep) becomes an error bar in the spec, the SVG and the CSV export. */
class ErrorBarExportTest {
    private static TrendDataset ladder() {
        return new TrendDataset("sweep tiny", "compute to 0.9 (FLOP)", List.of(
                new TrendPoint("mlp-1986", LocalDate.of(1986, 7, 1), 4e12,
                        Map.of(TrendPoint.SPREAD_LOW, "2e12", TrendPoint.SPREAD_HIGH, "9e12")),
                new TrendPoint("cnn-2012", LocalDate.of(2012, 7, 1), 1e11,
                        Map.of(TrendPoint.SPREAD_LOW, "oops", TrendPoint.SPREAD_HIGH, "2e11")),
                new TrendPoint("bn-2015", LocalDate.of(2015, 7, 1), 5e10)),
                new Provenance(List.of(), Map.of(), "test", Instant.EPOCH));
    }

    private static PlotSpec spec() {
        return PlotSpecBuilder.trend(new TrendPlotRequest("t", List.of(ladder()), null, null, List.of(), false,
                List.of()));
    }

    @Test
    void onlyUsableSpreadsBecomeErrorBarsAndTheAxisHoldsThem() {
        List<PlotPoint> pts = spec().series().get(0).points();
        assertTrue(pts.get(0).hasErrorBar());
        assertEquals(2e12, pts.get(0).yLow());
        assertEquals(9e12, pts.get(0).yHigh());
        assertFalse(pts.get(1).hasErrorBar(), "a spread that is not a number is ignored");
        assertFalse(pts.get(2).hasErrorBar());
        assertTrue(spec().y().max() >= 9e12, "the y axis reaches the top of the bar");
        assertTrue(pts.get(0).label().contains("(2.00e+12-9.00e+12)"), pts.get(0).label());
        assertEquals(null, new TrendPoint("x", LocalDate.of(2000, 1, 1), 5,
                Map.of(TrendPoint.SPREAD_LOW, "6", TrendPoint.SPREAD_HIGH, "7")).spread(), "a spread must hold the value");
    }

    @Test
    void svgDrawsAVerticalBarFromLowToHighAtThePoint() {
        PlotSpec spec = spec();
        PlotLayout l = PlotLayout.of(spec, 960, 540);
        String svg = SvgPlotWriter.toSvg(spec, 960, 540);
        PlotPoint p = spec.series().get(0).points().get(0);
        String bar = String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f", l.px(spec, p.x()), l.py(spec, p.yLow()),
                l.px(spec, p.x()), l.py(spec, p.yHigh()));
        assertTrue(svg.contains("<polyline points=\"" + bar + "\""), "bar " + bar + " in\n" + svg);
        PlotPoint q = spec.series().get(0).points().get(2);
        String none = String.format(Locale.ROOT, "<polyline points=\"%.2f,", l.px(spec, q.x()));
        assertFalse(svg.contains(none), "no bar at a point without spread");
    }

    @Test
    void csvExportCarriesTheBar(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        PlotDataWriter.writeCsv(spec(), csv);
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("series,sweep tiny,1986.") && r.endsWith(",2.0E12,9.0E12")),
                String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("series,sweep tiny,2015.") && r.endsWith(",false,,")),
                String.join("\n", rows));
        Path json = dir.resolve("t.json");
        PlotDataWriter.writeJson(spec(), json);
        assertEquals(spec(), PlotDataWriter.readJson(json));
    }
}
