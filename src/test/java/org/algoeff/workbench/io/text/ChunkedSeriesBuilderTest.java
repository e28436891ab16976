// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.algoeff.workbench.model.MetricSeries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChunkedSeriesBuilderTest {
    @Test
    void keepsEveryPointAcrossChunksAndFillsEarlyWallTimesWithNaN() {
        ChunkedSeriesBuilder b = new ChunkedSeriesBuilder("loss");
        int n = 300_001;
        for (int i = 0; i < n; i++) {
            b.add(i, i * 0.5, i < 1000 ? Double.NaN : 1e9 + i);
        }
        MetricSeries s = b.build();
        assertEquals(n, s.size());
        for (int i = 0; i < n; i += 997) {
            assertEquals(i, s.step(i));
            assertEquals(i * 0.5, s.value(i), 0.0);
        }
        assertEquals(n - 1, s.step(n - 1));
        assertTrue(Double.isNaN(s.wallTimeSeconds(999)));
        assertEquals(1e9 + 1000, s.wallTimeSeconds(1000), 0.0);
        assertEquals(1e9 + n - 1, s.wallTimeSeconds(n - 1), 0.0);
    }

    @Test
    void numberParserIsCorrectlyRounded() {
        NumberParser p = new NumberParser();
        String[] samples = {"0.6941855549812317", "1.8227028704131953e-06", "0.9203014969825745", "-1e-05", "85.0",
            "1e22", "1e23", "123456789012345678901", "4.9e-324", ".5", "7", "-0", "+3.25", "1.7976931348623157e308"};
        for (String s : samples) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            double v = p.parse(b, 0, b.length);
            assertTrue(p.valid(), s);
            assertEquals(Double.parseDouble(s), v, 0.0, s);
        }
        for (String bad : new String[] {"", "-", "1e", "abc", "0x10", "1.2.3", "1d", "NA", "2020-02-03"}) {
            byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
            p.parse(b, 0, b.length);
            assertTrue(!p.valid(), bad);
        }
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> r.nextDouble();
                case 1 -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                case 2 -> (double) r.nextFloat();
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (!Double.isFinite(d)) {
                continue;
            }
            byte[] b = Double.toString(d).getBytes(StandardCharsets.US_ASCII);
            assertEquals(d, p.parse(b, 0, b.length), 0.0, Double.toString(d));
            byte[] shortForm = String.format(java.util.Locale.ROOT, "%.6g", d).getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.parseDouble(new String(shortForm, StandardCharsets.US_ASCII)),
                    p.parse(shortForm, 0, shortForm.length), 0.0);
        }
        byte[] nan = "nan".getBytes(StandardCharsets.US_ASCII);
        assertTrue(Double.isNaN(p.parse(nan, 0, 3)) && p.valid());
    }
}
