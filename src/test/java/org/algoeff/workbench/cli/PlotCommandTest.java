// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
