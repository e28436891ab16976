// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngPlotWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesPngAtScaleAndReadsBackSamePixels() throws Exception {
        PlotSpec spec = TestPlots.trend();
        Path file = dir.resolve("trend.png");
        PngPlotWriter.write(spec, 960, 540, 2, file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(1920, back.getWidth());
        assertEquals(1080, back.getHeight());
        BufferedImage direct = PngPlotWriter.render(spec, 960, 540, 2);
        for (int y = 0; y < back.getHeight(); y += 7) {
            for (int x = 0; x < back.getWidth(); x += 7) {
                assertEquals(direct.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.copy(file, Path.of("target", "export-trend-2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void drawsSeriesColourFitColourAndWhiteBackground() {
        BufferedImage img = PngPlotWriter.render(TestPlots.trend(), 960, 540, 1);
        assertEquals(Color.WHITE.getRGB(), img.getRGB(2, 2));
        assertTrue(count(img, Color.decode(PlotPalette.series(0))) > 50, "data points in series colour");
        assertTrue(count(img, Color.decode(PlotPalette.FIT)) > 100, "fit line in fit colour");
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }
}
