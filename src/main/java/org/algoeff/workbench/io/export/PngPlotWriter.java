// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Rasterises a {@link PlotSpec} with java.awt (no display, no JavaFX) for the CLI and the window alike. It paints
 * the same {@link PlotPainter} figure as the SVG and PDF writers, at the figure's DPI: the image is
 * {@code dpi / 96} times the layout's pixel size and Graphics2D draws every line and glyph at that resolution (never
 * an upscaled smaller picture). The PNG records its DPI (pHYs chunk) so a word processor places it at its size.
 */
public final class PngPlotWriter {
    private static final double INCH_PER_METRE = 39.3700787;

    private PngPlotWriter() {
    }

    /** The figure at {@code width} x {@code height} layout pixels, {@code scale} image pixels per layout pixel. */
    public static BufferedImage render(PlotSpec spec, int width, int height, double scale) {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
        }
        return render(spec, settings(width, height, scale));
    }

    /** The figure as {@code fig} describes it, painted at its DPI. */
    public static BufferedImage render(PlotSpec spec, FigureSettings fig) {
        double scale = fig.rasterScale();
        int w = (int) Math.round(fig.widthPx() * scale);
        int h = (int) Math.round(fig.heightPx() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2dCanvas canvas = new Graphics2dCanvas(image, scale);
        try {
            PlotPainter.paint(spec, fig, canvas);
        } finally {
            canvas.dispose();
        }
        return image;
    }

    public static void write(PlotSpec spec, int width, int height, double scale, Path file) throws IOException {
        write(spec, settings(width, height, scale), file);
    }

    public static void write(PlotSpec spec, FigureSettings fig, Path file) throws IOException {
        write(render(spec, fig), fig.dpi(), file);
    }

    /** Writes {@code image} as PNG with its resolution recorded as {@code dpi}. */
    public static void write(BufferedImage image, int dpi, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG encoder available");
        }
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(dpi * INCH_PER_METRE));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        try {
            meta.mergeTree("javax_imageio_png_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record the PNG's DPI: " + e.getMessage(), e);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            if (out == null) {
                throw new IOException("cannot write " + file);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static FigureSettings settings(int width, int height, double scale) {
        return FigureSettings.DEFAULT.withSize(width, height, FigureSettings.LengthUnit.PX)
                .withDpi((int) Math.round(FigureSettings.PX_PER_INCH * scale));
    }
}
