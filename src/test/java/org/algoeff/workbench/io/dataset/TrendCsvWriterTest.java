// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Provenance;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendCsvWriterTest {
    @Test
    void writtenDataSetReadsBackWithLabelsDatesValuesAndSpread(@TempDir Path dir) throws Exception {
        TrendDataset ds = new TrendDataset("your machine (cpu)", "compute to 0.945 test accuracy (FLOP)", List.of(
                new TrendPoint("mlp-1986, \"plain\"", LocalDate.of(1986, 7, 1), 1.2345678901234567e12,
                        Map.of(TrendPoint.SPREAD_LOW, "1.0E12", TrendPoint.SPREAD_HIGH, "2.0E12", "seeds", "3")),
                new TrendPoint("cnn-2012", LocalDate.of(2012, 7, 1), 3.0e11, Map.of("seeds", "3"))),
                new Provenance(List.of(), Map.of(), "test", Instant.EPOCH));
        Path file = dir.resolve("ladder.csv");
        TrendCsvWriter.write(ds, file);
        ParseResult<TrendDataset> back = new TrendCsvReader("test").read(file, ColumnChoice.DETECT,
                CancellationToken.NEVER);
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        assertEquals("compute to 0.945 test accuracy (FLOP)", back.value().valueLabel());
        List<TrendPoint> pts = back.value().points();
        assertEquals(2, pts.size());
        assertEquals("mlp-1986, \"plain\"", pts.get(0).label());
        assertEquals(LocalDate.of(1986, 7, 1), pts.get(0).date());
        assertEquals(1.2345678901234567e12, pts.get(0).value(), "full double precision");
        assertArrayEquals(new double[] {1e12, 2e12}, pts.get(0).spread());
        assertEquals("3", pts.get(1).attributes().get("seeds"));
        assertEquals(null, pts.get(1).spread());
    }
}
