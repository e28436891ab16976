// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotDataWriter;
import org.algoeff.workbench.testsupport.SampleDataFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotCommandTest {
    @TempDir
    Path dir;

    @Test
    void pngAtDefaultSizeAndScaleTwoWithoutADisplay() throws Exception {
        Path png = dir.resolve("hb20.png");
        CliRun run = CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--frontier", "--moore", "24",
                "--title", "AlexNet-level compute", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(960, img.getWidth());
        assertEquals(540, img.getHeight());
        assertTrue(run.err().contains("halves every 15."), run.err());
        assertTrue(run.err().contains("Moore's law over the same years"), run.err());
        Files.copy(png, Path.of("target", "cli-plot-hb20.png"), StandardCopyOption.REPLACE_EXISTING);

        Path png2 = dir.resolve("hb20-2x.png");
        assertEquals(0, CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--scale", "2", "--width", "800",
                "--height", "500", "--out", png2.toString()).exitCode());
        assertEquals(1600, ImageIO.read(png2.toFile()).getWidth());
    }

    /** The journal options: a 16 x 10 cm figure as a 300 dpi PNG and as a vector PDF page of that size. */
    @Test
    void figureSizeInCentimetresDpiFontAndLegendGiveTheSameFigureAsPngAndPdf() throws Exception {
        Path png = dir.resolve("hb20.png");
        Path pdf = dir.resolve("hb20.pdf");
        for (Path out : List.of(png, pdf)) {
            CliRun run = CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--width", "16cm", "--height",
                    "10cm", "--dpi", "300", "--font-size", "8", "--legend", "below", "--labels", "--x-label",
                    "year", "--title", "HB20", "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(Math.round(16 / 2.54 * 300), img.getWidth());
        assertEquals(Math.round(10 / 2.54 * 300), img.getHeight());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(16 / 2.54 * 72, doc.getPage(0).getMediaBox().getWidth(), 0.05);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("HB20") && text.contains("year") && text.contains("AlexNet"), text);
        }
        CliRun bad = CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--legend", "middle", "--out",
                png.toString());
        assertEquals(1, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("unknown legend position 'middle'"), bad.err());
    }

    /** Training curves of real Hugging Face trainer states, drawn by the curves tab's composer, to SVG and PDF. */
    @Test
    void curvesOfRealLogsWithTargetSmoothingAndLogAxes() throws Exception {
        Path logs = Path.of("../shared/realworld/trainer_state");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(logs), "needs ../shared/realworld");
        Path svg = dir.resolve("curves.svg");
        CliRun run = CliRun.of("plot", "--curves", "--metric", "loss", "--x", "step", "--log-x", "--log-y",
                "--smoothing", "0.6", "--target", "0.3", logs.resolve("qlora__trainer_state.json").toString(),
                logs.resolve("MetaMath__trainer_state.json").toString(), "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 curve(s) of 2 run(s)"), run.err());
        String text = Files.readString(svg);
        assertTrue(text.contains(">loss</text>"), "titled by the series");
        assertTrue(text.contains(">qlora__trainer_state</text>") && text.contains(">reached target</text>"),
                "legend names the curves and the target markers");
        assertTrue(text.contains(">target 0.3</text>"), "the target line is in the legend");
        assertTrue(text.contains("reaches target at"), "qlora's loss reaches 0.3: its crossing is labelled");
        CliRun bad = CliRun.of("plot", "--curves", "--metric", "no_such_tag", logs.toString(), "--out",
                dir.resolve("x.svg").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("none of the runs has the series [no_such_tag]"), bad.err());
    }

    @Test
    void svgHasTitleLegendAndDecadeLabels() throws Exception {
        Path svg = dir.resolve("hb20.svg");
        CliRun run = CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--moore", "24", "--title", "T1",
                "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains(">T1</text>"));
        assertTrue(text.contains("<tspan") && text.contains("Moore"));
        assertTrue(text.contains("(95% band)"));
    }

    /** A piecewise fit drawn without a display: a line per segment and the break's interval shaded. */
    @Test
    void breakpointsAreDrawnAsSegmentsAndAShadedBreak() throws Exception {
        Path json = dir.resolve("eras.json");
        CliRun run = CliRun.of("plot", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "1",
                "--bootstrap", "200", "--out", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        PlotSpec spec = PlotDataWriter.readJson(json);
        assertEquals(2, spec.fits().size());
        assertTrue(spec.fits().get(0).name().startsWith("fit 1950-2008: doubles every 23.3 months"),
                spec.fits().get(0).name());
        assertEquals(1, spec.spans().size());
        assertEquals(2008.84, spec.spans().get(0).at(), 0.01);
        assertTrue(run.err().contains("\ncontinuous broken line, 1 break: 2008-11-03"), run.err());
        Path svg = dir.resolve("eras.svg");
        assertEquals(0, CliRun.of("plot", SampleDataFiles.EPOCH.toString(), "--to", "2022-12-31", "--breakpoints", "1",
                "--bootstrap", "200", "--out", svg.toString()).exitCode());
        assertTrue(Files.readString(svg).contains("break 2008-11-03 (95% CI "), "the span's legend row");
    }

    @Test
    void csvOfThePlottedNumbers() throws Exception {
        Path csv = dir.resolve("hb20.csv");
        assertEquals(0, CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--out", csv.toString()).exitCode());
        String text = Files.readString(csv);
        assertTrue(text.contains("AlexNet | 2012-06-01 | 2.66e+17"), text.substring(0, 400));
    }

    @Test
    void badInputGivesOneLineAndExitOne() {
        CliRun run = CliRun.of("plot", dir.resolve("missing.csv").toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("algoeff: "), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        CliRun ext = CliRun.of("plot", SampleDataFiles.HB20_ALEXNET.toString(), "--out", dir.resolve("x.gif").toString());
        assertEquals(1, ext.exitCode());
        assertTrue(ext.err().contains(".png, .svg"), ext.err());
    }

    /** Grouped, the fitted data set becomes one series and one fit line per group, each line in its series' colour. */
    @Test
    void groupByDrawsASeriesAndALinePerGroup() throws Exception {
        Path json = dir.resolve("dota-go.json");
        CliRun run = CliRun.of("plot", "sample-data/hb20/go-and-dota-relative.csv", "--value-col", "relative_compute",
                "--group-by", "task", "--out", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        PlotSpec spec = PlotDataWriter.readJson(json);
        assertEquals(List.of("task=Dota", "task=Go"), spec.series().stream().map(PlotSeries::name).toList());
        assertEquals(2, spec.fits().size());
        for (int i = 0; i < 2; i++) {
            assertTrue(spec.fits().get(i).name().startsWith(spec.series().get(i).name() + ": halves every"));
            assertEquals(spec.series().get(i).colorIndex(), spec.fits().get(i).colorIndex());
        }
        assertTrue(run.err().contains("warning: task=Go: AlphaZero"), run.err());
    }

    @Test
    void whereNamesTheFilterInTheLegend() throws Exception {
        Path json = dir.resolve("notable.json");
        CliRun run = CliRun.of("plot", SampleDataFiles.EPOCH.toString(), "--from", "2010-01-01", "--to", "2022-12-31",
                "--where", "Notability criteria~.+", "--bootstrap", "0", "--out", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        PlotSpec spec = PlotDataWriter.readJson(json);
        assertEquals("all-ml-systems-2024-02-05 (Notability criteria~.+)", spec.series().get(0).name());
        assertTrue(run.err().contains("doubles every 5.8 months"), run.err());
    }
}
