// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text widths for layout, the same for every output so SVG, PNG and PDF place and drop the same labels: Helvetica's
 * metrics (the PDF's own font, from PDFBox's standard-14 AFM files), widened by {@link #SLACK} because the SVG and
 * PNG draw in a sans-serif that may run wider (DejaVu Sans is about 8% wider than Helvetica, its bold about 20%). Characters Helvetica's
 * WinAnsi encoding lacks are written as '?' in the PDF and measured as a wide glyph.
 */
public final class TextMetrics {
    /** Margin over Helvetica's widths for the other outputs' fonts (DejaVu Sans and its bold run wider). */
    static final double SLACK = 1.1;
    static final double SLACK_BOLD = 1.22;
    /** Ascent above the baseline as a fraction of the font size (Helvetica's cap height plus accents). */
    public static final double ASCENT = 0.78;
    /** Descent below the baseline as a fraction of the font size. */
    public static final double DESCENT = 0.22;
    private static final double FALLBACK_EM = 0.7;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final ConcurrentHashMap<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();
    /** PDFBox's fonts cache widths and glyphs in plain maps: exports on two threads take turns with them. */
    static final Object FONT_LOCK = new Object();

    private TextMetrics() {
    }

    /** Width of {@code text} at {@code size} in layout pixels, as the layout reckons it (with slack). */
    public static double width(String text, double size, boolean bold) {
        return pdfWidth(text, size, bold) * (bold ? SLACK_BOLD : SLACK);
    }

    /** Exact width in Helvetica (what the PDF draws), for text already passed through {@link #pdfSafe}. */
    static double pdfWidth(String text, double size, boolean bold) {
        PDType1Font font = bold ? BOLD : REGULAR;
        double units = 0;
        String safe = pdfSafe(text);
        try {
            synchronized (FONT_LOCK) {
                units = font.getStringWidth(safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            units = safe.length() * FALLBACK_EM * 1000;
        }
        return units / 1000 * size;
    }

    static PDType1Font font(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** {@code text} with every character Helvetica cannot encode replaced by '?'. */
    static String pdfSafe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(encodable(cp) ? Character.toString(cp) : "?"));
        return sb.toString();
    }

    private static boolean encodable(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        return ENCODABLE.computeIfAbsent(cp, c -> {
            try {
                synchronized (FONT_LOCK) {
                    REGULAR.encode(Character.toString(c));
                }
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
