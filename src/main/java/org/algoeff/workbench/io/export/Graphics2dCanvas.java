// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** {@link PlotCanvas} painting into a java.awt image with antialiasing; the layout is scaled by {@code scale}. */
final class Graphics2dCanvas implements PlotCanvas {
    /**
     * The first installed font with Helvetica's metrics (what the PDF uses and the layout measures): Helvetica on
     * macOS, Arial on Windows, Liberation Sans or Nimbus Sans on Linux; else the logical sans-serif.
     */
    static final String FAMILY = helveticaLike();
    private final Graphics2D g;
    private Shape savedClip;

    Graphics2dCanvas(BufferedImage image, double scale) {
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
    }

    private static String helveticaLike() {
        java.util.Set<String> installed = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT));
        for (String f : new String[] {"Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "Nimbus Sans L"}) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.SANS_SERIF;
    }

    void dispose() {
        g.dispose();
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double opacity) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        if (fill != null) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            g.setColor(Color.decode(fill));
            g.fill(r);
        }
        if (stroke != null) {
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double width, double opacity, boolean dashed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.setColor(Color.decode(color));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 4f}, 0f) : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.setColor(Color.decode(fill));
        g.fill(path);
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void marker(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        Ellipse2D.Double e = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setColor(Color.decode(fill));
        g.fill(e);
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(e);
    }

    @Override
    public void diamond(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - radius);
        d.lineTo(x + radius, y);
        d.lineTo(x, y + radius);
        d.lineTo(x - radius, y);
        d.closePath();
        g.setColor(Color.decode(fill));
        g.fill(d);
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(d);
    }

    @Override
    public void text(double x, double y, String text, String superscript, double size, Anchor anchor, boolean bold,
                     boolean vertical) {
        Font font = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        Font small = font.deriveFont((float) (size * 0.75));
        double w = g.getFontMetrics(font).getStringBounds(text, g).getWidth();
        double sw = superscript.isEmpty() ? 0 : g.getFontMetrics(small).getStringBounds(superscript, g).getWidth();
        double total = w + sw;
        double dx = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -total / 2;
            case END -> -total;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (vertical) {
            g.rotate(-Math.PI / 2);
        }
        g.setColor(Color.decode(PlotPainter.INK));
        g.setFont(font);
        g.drawString(text, (float) dx, 0f);
        if (!superscript.isEmpty()) {
            g.setFont(small);
            g.drawString(superscript, (float) (dx + w), (float) (-size * 0.45));
        }
        g.setTransform(saved);
    }

    @Override
    public void beginClip(double x, double y, double w, double h) {
        savedClip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void endClip() {
        g.setClip(savedClip);
    }
}
