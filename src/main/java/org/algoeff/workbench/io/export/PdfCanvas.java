// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * {@link PlotCanvas} drawing PDF vector paths and standard-14 Helvetica text into one page's content stream. The
 * page's coordinate system is turned into the layout's (CSS pixels, y down) once, so every operation takes layout
 * pixels; text gets a matrix that flips it upright again. See docs/adr for why PDFBox. Not thread-safe.
 */
final class PdfCanvas implements PlotCanvas {
    /** Bezier handle length for a quarter circle. */
    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream cs;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();

    /** Draws into {@code cs} on a page {@code pageHeightPt} points tall, {@code ptPerPx} points per layout pixel. */
    PdfCanvas(PDPageContentStream cs, double pageHeightPt, double ptPerPx) {
        this.cs = cs;
        io(() -> cs.transform(new Matrix((float) ptPerPx, 0, 0, (float) -ptPerPx, 0, (float) pageHeightPt)));
    }

    private interface PdfOp {
        void run() throws IOException;
    }

    private static void io(PdfOp op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double opacity) {
        io(() -> {
            if (fill != null) {
                alpha(opacity);
                fillColor(fill);
                cs.addRect((float) x, (float) y, (float) w, (float) h);
                cs.fill();
            }
            if (stroke != null) {
                alpha(1);
                strokeColor(stroke, 1);
                cs.setLineDashPattern(new float[0], 0);
                cs.addRect((float) x, (float) y, (float) w, (float) h);
                cs.stroke();
            }
            alpha(1);
        });
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double width, double opacity, boolean dashed) {
        io(() -> {
            alpha(opacity);
            strokeColor(color, width);
            cs.setLineJoinStyle(1);
            cs.setLineDashPattern(dashed ? new float[] {7f, 4f} : new float[0], 0);
            path(xs, ys);
            cs.stroke();
            alpha(1);
        });
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        io(() -> {
            alpha(opacity);
            fillColor(fill);
            path(xs, ys);
            cs.closePath();
            cs.fill();
            alpha(1);
        });
    }

    @Override
    public void marker(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        io(() -> {
            fillColor(fill);
            strokeColor(stroke, strokeWidth);
            cs.setLineDashPattern(new float[0], 0);
            circle(x, y, radius);
            cs.fillAndStroke();
        });
    }

    @Override
    public void diamond(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        io(() -> {
            fillColor(fill);
            strokeColor(stroke, strokeWidth);
            cs.setLineDashPattern(new float[0], 0);
            path(new double[] {x, x + radius, x, x - radius}, new double[] {y - radius, y, y + radius, y});
            cs.closePath();
            cs.fillAndStroke();
        });
    }

    @Override
    public void text(double x, double y, String text, String superscript, double size, Anchor anchor, boolean bold,
                     boolean vertical) {
        String main = TextMetrics.pdfSafe(text);
        String sup = TextMetrics.pdfSafe(superscript);
        double w = TextMetrics.pdfWidth(main, size, bold);
        double total = w + (sup.isEmpty() ? 0 : TextMetrics.pdfWidth(sup, size * 0.75, bold));
        double dx = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -total / 2;
            case END -> -total;
        };
        io(() -> {
            fillColor(PlotPainter.INK);
            show(main, x, y, dx, 0, size, bold, vertical);
            if (!sup.isEmpty()) {
                show(sup, x, y, dx + w, -size * 0.45, size * 0.75, bold, vertical);
            }
        });
    }

    /** Text at (x, y) moved {@code along} its direction and {@code up} across it (negative is up on the page). */
    private void show(String s, double x, double y, double along, double up, double size, boolean bold,
                      boolean vertical) throws IOException {
        PDType1Font font = TextMetrics.font(bold);
        cs.beginText();
        cs.setFont(font, (float) size);
        if (vertical) {
            cs.setTextMatrix(new Matrix(0, -1, -1, 0, (float) (x + up), (float) (y - along)));
        } else {
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) (x + along), (float) (y + up)));
        }
        synchronized (TextMetrics.FONT_LOCK) {
            cs.showText(s);
        }
        cs.endText();
    }

    @Override
    public void beginClip(double x, double y, double w, double h) {
        io(() -> {
            cs.saveGraphicsState();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
        });
    }

    @Override
    public void endClip() {
        io(cs::restoreGraphicsState);
    }

    private void path(double[] xs, double[] ys) throws IOException {
        cs.moveTo((float) xs[0], (float) ys[0]);
        for (int i = 1; i < xs.length; i++) {
            cs.lineTo((float) xs[i], (float) ys[i]);
        }
    }

    private void circle(double x, double y, double r) throws IOException {
        double k = KAPPA * r;
        cs.moveTo((float) (x + r), (float) y);
        cs.curveTo((float) (x + r), (float) (y + k), (float) (x + k), (float) (y + r), (float) x, (float) (y + r));
        cs.curveTo((float) (x - k), (float) (y + r), (float) (x - r), (float) (y + k), (float) (x - r), (float) y);
        cs.curveTo((float) (x - r), (float) (y - k), (float) (x - k), (float) (y - r), (float) x, (float) (y - r));
        cs.curveTo((float) (x + k), (float) (y - r), (float) (x + r), (float) (y - k), (float) (x + r), (float) y);
        cs.closePath();
    }

    private void fillColor(String hex) throws IOException {
        Color c = Color.decode(hex);
        cs.setNonStrokingColor(c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
    }

    private void strokeColor(String hex, double width) throws IOException {
        Color c = Color.decode(hex);
        cs.setStrokingColor(c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
        cs.setLineWidth((float) width);
    }

    /** Fill and stroke opacity through a cached extended graphics state (PDF has no per-path alpha). */
    private void alpha(double opacity) throws IOException {
        int key = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 100);
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(k / 100f);
            s.setStrokingAlphaConstant(k / 100f);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }
}
