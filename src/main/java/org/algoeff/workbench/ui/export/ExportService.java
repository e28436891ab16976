// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;

import org.algoeff.workbench.ui.FxThread;

/**
 * The window's raster hand-offs: an image to the clipboard, and a JavaFX image (a window screenshot for the docs) to
 * PNG. Chart exports do not snapshot the screen: they paint the chart's PlotSpec through io.export
 * ({@link ExportActions}). FX thread only for the clipboard.
 */
public final class ExportService {
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
