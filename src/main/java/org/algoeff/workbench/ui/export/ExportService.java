// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

import org.algoeff.workbench.ui.FxThread;

/**
 * Raster export of what is on screen: a snapshot of the chart node at 1x/2x/3x (rendered at that resolution,
 * not upscaled), written as PNG or put on the clipboard. Vector SVG and the numbers go through io.export from the
 * chart's PlotSpec. FX thread only.
 */
public final class ExportService {
    /** The node drawn at {@code scale} times its on-screen pixel size. */
    public WritableImage snapshot(Node node, double scale) {
        FxThread.assertFxThread();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        params.setFill(Color.WHITE);
        return node.snapshot(params, null);
    }

    public void writePng(Image image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG encoder available");
        }
    }

    public void copyToClipboard(Image image) {
        FxThread.assertFxThread();
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
