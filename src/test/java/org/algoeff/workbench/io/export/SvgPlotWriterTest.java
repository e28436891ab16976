// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden-file test of the SVG writer. Run with {@code -Dgolden.update=true} to rewrite the golden file after an
 * intended change (then look at it). Numbers may differ by {@link #TOLERANCE} pixels, so the test survives
 * last-digit rounding differences between JDKs; all text must match exactly.
 */
class SvgPlotWriterTest {
    /** Pixel tolerance for coordinates: a hundredth of a pixel is invisible. */
    static final double TOLERANCE = 0.011;
    private static final Path GOLDEN = Path.of("src/test/resources/golden/trend-hb20.svg");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @Test
    void trendChartMatchesGoldenFile() throws IOException {
        String svg = SvgPlotWriter.toSvg(TestPlots.trend(), 960, 540);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
        }
        assertSameWithinTolerance(Files.readString(GOLDEN, StandardCharsets.UTF_8), svg);
    }

    @Test
    void svgIsWellFormedVectorWithAxesLegendFitAndSuperscriptDecades() throws Exception {
        String svg = SvgPlotWriter.toSvg(TestPlots.trend(), 960, 540);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(svg.contains(">10<tspan") && svg.contains(">17</tspan>"), "decade labels as 10 with superscript");
        assertTrue(svg.contains(">Compute to reach AlexNet-level accuracy</text>"), "title");
        assertTrue(svg.contains("fit: halves every 15.8 months (95% band)"), "legend names the fit and its band");
        assertTrue(svg.contains("Moore&apos;s law") || svg.contains("Moore's law"), "overlay in legend");
        assertTrue(svg.contains("stroke-dasharray"), "overlay dashed");
        assertTrue(svg.contains("<polygon"), "confidence band is a vector polygon");
        assertEquals(5 + 1, doc.getElementsByTagName("circle").getLength(),
                "5 frontier points and their legend marker (the annotation is a diamond polygon)");
        assertTrue(svg.contains(">2014</text>") && svg.contains(">my run</text>"));
        assertTrue(!svg.contains("<image"), "no embedded raster");
    }

    /** Compares two texts token by token: numbers within {@link #TOLERANCE}, everything else exactly. */
    static void assertSameWithinTolerance(String expected, String actual) {
        List<String> e = tokens(expected);
        List<String> a = tokens(actual);
        if (e.size() != a.size()) {
            fail("token count differs: " + e.size() + " vs " + a.size());
        }
        for (int i = 0; i < e.size(); i++) {
            String x = e.get(i);
            String y = a.get(i);
            if (NUMBER.matcher(x).matches() && NUMBER.matcher(y).matches()) {
                if (Math.abs(Double.parseDouble(x) - Double.parseDouble(y)) > TOLERANCE) {
                    fail("number " + i + " differs: " + x + " vs " + y + " near: " + context(a, i));
                }
            } else if (!x.equals(y)) {
                fail("token " + i + " differs: '" + x + "' vs '" + y + "' near: " + context(a, i));
            }
        }
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        int last = 0;
        while (m.find()) {
            out.add(s.substring(last, m.start()));
            out.add(m.group());
            last = m.end();
        }
        out.add(s.substring(last));
        return out;
    }

    private static String context(List<String> tokens, int i) {
        return String.join("", tokens.subList(Math.max(0, i - 6), Math.min(tokens.size(), i + 6)));
    }
}
