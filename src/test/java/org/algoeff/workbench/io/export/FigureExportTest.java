// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.FigureSettings.LengthUnit;
import org.algoeff.workbench.analysis.plot.PlotSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figure exports' structure: the SVG parsed as XML (texts, legend, every element inside the viewBox), the PDF read
 * back with PDFBox (page size, text, vector paths, no image), and a PNG at 2x that must be a 2x render, not 1x blown up.
 */
class FigureExportTest {
    /** A 16 x 10 cm figure at 9 pt with point labels: what a journal asks for. */
    private static final FigureSettings PAPER = new FigureSettings(16, 10, LengthUnit.CM, 300, 9, "", "", "",
            LegendPosition.AUTO, true);

    @TempDir
    Path dir;

    @Test
    void svgHasTheFigureSizeItsTextsAndLegendAndNothingOutsideTheCanvas() throws Exception {
        String svg = SvgPlotWriter.toSvg(TestPlots.trend(), PAPER);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        assertEquals("16cm", root.getAttribute("width"));
        assertEquals("10cm", root.getAttribute("height"));
        String[] box = root.getAttribute("viewBox").split(" ");
        double w = Double.parseDouble(box[2]);
        double h = Double.parseDouble(box[3]);
        assertEquals(16 / 2.54 * 96, w, 0.01);
        List<String> texts = texts(doc);
        for (String expected : List.of("Compute to reach AlexNet-level accuracy", "publication date", "2014",
                "AlexNet-level (HB20) (frontier)", "fit: halves every 15.8 months (95% band)", "runs", "my run",
                "EfficientNet-b0")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Moore's law")), "overlay in the legend");
        int checked = 0;
        for (String tag : List.of("rect", "circle", "polyline", "polygon", "text")) {
            NodeList nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getParentNode() instanceof Element p && p.getTagName().equals("clipPath")) {
                    continue;
                }
                for (double[] xy : extent(e)) {
                    assertTrue(xy[0] >= -0.01 && xy[0] <= w + 0.01 && xy[1] >= -0.01 && xy[1] <= h + 0.01
                            || insideClip(e), tag + " at " + xy[0] + "," + xy[1] + " outside the " + w + "x" + h
                            + " canvas: " + e.getTextContent());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " coordinates");
    }

    @Test
    void pdfPageIsTheFigureSizeWithTextAndVectorPathsAndNoImage() throws Exception {
        Path file = dir.resolve("trend.pdf");
        PdfPlotWriter.write(TestPlots.trend(), PAPER, file);
        assertTrue(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(16 / 2.54 * 72, page.getMediaBox().getWidth(), 0.05);
            assertEquals(10 / 2.54 * 72, page.getMediaBox().getHeight(), 0.05);
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("Compute to reach AlexNet-level accuracy", "publication date", "2014",
                    "AlexNet-level (HB20) (frontier)", "my run", "GoogLeNet")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            int lines = 0;
            int curves = 0;
            int images = 0;
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token : parser.parse()) {
                if (token instanceof Operator op) {
                    switch (op.getName()) {
                        case "l" -> lines++;
                        case "c" -> curves++;
                        case "Do", "BI" -> images++;
                        default -> { }
                    }
                }
            }
            assertTrue(lines > 100, "line segments: " + lines);
            assertTrue(curves >= 4 * 6, "circle markers as Bezier curves: " + curves);
            assertEquals(0, images, "no raster image drawn");
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no XObject (image) resources");
            assertEquals("Compute to reach AlexNet-level accuracy", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void pngAtTwiceTheDpiIsDrawnAtThatResolutionNotUpscaled() throws Exception {
        PlotSpec spec = TestPlots.trend();
        FigureSettings one = PAPER.withDpi(96);
        FigureSettings two = PAPER.withDpi(192);
        Path file = dir.resolve("trend-2x.png");
        FigureWriter.write(spec, two, file);
        BufferedImage back = ImageIO.read(file.toFile());
        BufferedImage fresh = PngPlotWriter.render(spec, two);
        BufferedImage small = PngPlotWriter.render(spec, one);
        assertEquals(small.getWidth() * 2, back.getWidth(), 1);
        assertEquals(fresh.getWidth(), back.getWidth());
        assertEquals(fresh.getHeight(), back.getHeight());
        int same = 0;
        int nearestDiffers = 0;
        int total = 0;
        for (int y = 0; y < back.getHeight(); y++) {
            for (int x = 0; x < back.getWidth(); x++) {
                int b = back.getRGB(x, y);
                same += b == fresh.getRGB(x, y) ? 1 : 0;
                int up = small.getRGB(Math.min(small.getWidth() - 1, x / 2), Math.min(small.getHeight() - 1, y / 2));
                nearestDiffers += distance(b, up) > 48 ? 1 : 0;
                total++;
            }
        }
        assertEquals(total, same, "the file holds exactly a fresh render at 2x");
        assertTrue(nearestDiffers > total / 200, "a 1x render blown up differs in " + nearestDiffers + " of "
                + total + " pixels: the 2x is drawn at 2x");
        assertEquals(192, dpiOf(file), "the PNG records its DPI");
    }

    @Test
    void everyPlacedLabelIsInsideThePlotAndNoTwoOverlap() {
        List<LabelLayout.Request> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Forty long labels on a small cluster near the right edge: most cannot be placed.
            requests.add(new LabelLayout.Request(380 + (i % 4), 100 + i * 0.5,
                    "run " + i + " reaches target at 12345", 11, 7));
        }
        LabelLayout.Rect bounds = new LabelLayout.Rect(50, 20, 350, 250);
        LabelLayout.Rect legend = new LabelLayout.Rect(200, 20, 200, 60);
        List<LabelLayout.Placed> placed = LabelLayout.place(requests, bounds, List.of(legend), List.of());
        assertTrue(placed.size() >= 3 && placed.size() < 40, placed.size() + " placed");
        for (int i = 0; i < placed.size(); i++) {
            LabelLayout.Rect a = placed.get(i).box();
            assertTrue(a.inside(bounds), "inside: " + a);
            assertFalse(a.overlaps(legend), "clear of the legend: " + a);
            for (int k = i + 1; k < placed.size(); k++) {
                assertFalse(a.overlaps(placed.get(k).box()), a + " overlaps " + placed.get(k).box());
            }
        }
    }

    @Test
    void paintedLabelsOfAllPointsDoNotOverlapAndStayInThePlot() {
        SvgCanvas canvas = new SvgCanvas();
        List<LabelLayout.Placed> placed = PlotPainter.paint(TestPlots.trend(), PAPER, canvas);
        assertTrue(placed.size() >= 5, "the five models and the run are labelled: " + placed.size());
        PlotLayout l = LegendPlacement.choose(PAPER.apply(TestPlots.trend()), PAPER).layout();
        for (int i = 0; i < placed.size(); i++) {
            assertTrue(placed.get(i).box().inside(l.plotArea()), placed.get(i).request().text());
            for (int k = i + 1; k < placed.size(); k++) {
                assertFalse(placed.get(i).box().overlaps(placed.get(k).box()));
            }
        }
    }

    @Test
    void autoLegendAvoidsDataOrMovesOutside() {
        PlotSpec spec = TestPlots.trend();
        LegendPlacement auto = LegendPlacement.choose(spec, PAPER);
        List<double[]> data = LegendCorners.dataPixels(spec, auto.layout());
        if (auto.where().inside()) {
            assertTrue(data.stream().noneMatch(p -> auto.box().contains(p[0], p[1])), "inside legend covers no data");
        } else {
            assertFalse(auto.box().overlaps(auto.layout().plotArea()), "outside legend beside the plot");
        }
        FigureSettings below = new FigureSettings(16, 10, LengthUnit.CM, 300, 9, "", "", "", LegendPosition.BELOW,
                false);
        LegendPlacement b = LegendPlacement.choose(spec, below);
        assertTrue(b.box().y() > b.layout().bottom(), "below the plot");
        assertTrue(b.box().y() + b.box().h() <= below.heightPx(), "inside the figure");
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static int dpiOf(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            org.w3c.dom.Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    String perMetre = ((Element) n).getAttribute("pixelsPerUnitXAxis");
                    return (int) Math.round(Integer.parseInt(perMetre) / 39.3700787);
                }
            }
            return -1;
        }
    }

    private static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getFirstChild() == null ? "" : nodes.item(i).getFirstChild().getTextContent());
        }
        return out;
    }

    /** Elements inside the plot's clip group may extend past it (a clipped line); the clip keeps them in. */
    private static boolean insideClip(Element e) {
        return e.getParentNode() instanceof Element g && g.hasAttribute("clip-path");
    }

    /** The points an element covers: corners, vertices, or a text's extent as the layout measures it. */
    private static List<double[]> extent(Element e) {
        List<double[]> out = new ArrayList<>();
        switch (e.getTagName()) {
            case "rect" -> {
                double x = num(e, "x");
                double y = num(e, "y");
                out.add(new double[] {x, y});
                out.add(new double[] {x + num(e, "width"), y + num(e, "height")});
            }
            case "circle" -> {
                double r = num(e, "r");
                out.add(new double[] {num(e, "cx") - r, num(e, "cy") - r});
                out.add(new double[] {num(e, "cx") + r, num(e, "cy") + r});
            }
            case "text" -> {
                double size = num(e, "font-size");
                double w = TextMetrics.width(e.getTextContent(), size, "bold".equals(e.getAttribute("font-weight")));
                double x = num(e, "x");
                double y = num(e, "y");
                if (e.hasAttribute("transform")) {
                    out.add(new double[] {x, y - w / 2});
                    out.add(new double[] {x, y + w / 2});
                } else {
                    double left = switch (e.getAttribute("text-anchor")) {
                        case "middle" -> x - w / 2;
                        case "end" -> x - w;
                        default -> x;
                    };
                    out.add(new double[] {left, y - size * 0.78});
                    out.add(new double[] {left + w, y});
                }
            }
            default -> {
                for (String pair : e.getAttribute("points").trim().split(" ")) {
                    String[] xy = pair.split(",");
                    out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                }
            }
        }
        return out;
    }

    private static double num(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr).toLowerCase(Locale.ROOT));
    }
}
