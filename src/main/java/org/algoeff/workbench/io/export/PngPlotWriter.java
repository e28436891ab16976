// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Rasterises a {@link PlotSpec} with java.awt (no display, no JavaFX), for the CLI's PNG output. It paints the same
 * {@link PlotPainter} layout as the SVG writer; {@code scale} multiplies the pixel count (2 = "retina") while the
 * layout stays that of {@code width} x {@code height}.
 */
public final class PngPlotWriter {
    private PngPlotWriter() {
    }

    public static BufferedImage render(PlotSpec spec, int width, int height, double scale) {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2dCanvas canvas = new Graphics2dCanvas(image, scale);
        try {
            PlotPainter.paint(spec, PlotLayout.of(spec, width, height), canvas);
        } finally {
            canvas.dispose();
        }
        return image;
    }

    public static void write(PlotSpec spec, int width, int height, double scale, Path file) throws IOException {
        if (!ImageIO.write(render(spec, width, height, scale), "png", file.toFile())) {
            throw new IOException("no PNG encoder available");
        }
    }
}
