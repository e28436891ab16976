// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.model.ToolVersion;

/**
 * Writes a {@link PlotSpec} as a one-page vector PDF with Apache PDFBox: the page is the figure's size in points
 * (16 x 10 cm is 453.5 x 283.5 pt), every line, band and marker a path, every text Helvetica (a standard-14 font
 * every PDF reader has, so nothing is embedded and the file stays small); no raster image. See docs/adr/pdf-export-with-pdfbox.md.
 */
public final class PdfPlotWriter {
    private PdfPlotWriter() {
    }

    public static void write(PlotSpec spec, FigureSettings fig, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) fig.widthPt(), (float) fig.heightPt()));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PlotPainter.paint(spec, fig, new PdfCanvas(cs, fig.heightPt(), fig.widthPt() / fig.widthPx()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(fig.apply(spec).title());
            info.setCreator("AlgoEff Workbench " + ToolVersion.current());
            info.setProducer("Apache PDFBox");
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            info.setCreationDate(now);
            doc.save(file.toFile());
        }
    }
}
