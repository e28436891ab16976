// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.Locale;

/** {@link PlotCanvas} that appends SVG elements to a buffer; see {@link SvgPlotWriter}. Not thread-safe. */
final class SvgCanvas implements PlotCanvas {
    private final StringBuilder body = new StringBuilder();
    private int clips;

    String body() {
        return body.toString();
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double opacity) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
                + "fill=\"%s\"%s%s/>\n", x, y, w, h, fill == null ? "none" : fill,
                stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"1\"",
                opacity < 1 ? String.format(Locale.ROOT, " fill-opacity=\"%.2f\"", opacity) : ""));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double width, double opacity, boolean dashed) {
        body.append("<polyline points=\"").append(points(xs, ys)).append('"');
        body.append(String.format(Locale.ROOT, " fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"", color, width));
        if (opacity < 1) {
            body.append(String.format(Locale.ROOT, " stroke-opacity=\"%.2f\"", opacity));
        }
        if (dashed) {
            body.append(" stroke-dasharray=\"7 4\"");
        }
        body.append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        body.append("<polygon points=\"").append(points(xs, ys)).append('"');
        body.append(String.format(Locale.ROOT, " fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"none\"/>\n", fill, opacity));
    }

    @Override
    public void marker(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\" "
                + "stroke-width=\"%.2f\"/>\n", x, y, radius, fill, stroke, strokeWidth));
    }

    @Override
    public void diamond(double x, double y, double radius, String fill, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\" "
                + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%.2f\"/>\n", x, y - radius, x + radius, y, x, y + radius,
                x - radius, y, fill, stroke, strokeWidth));
    }

    @Override
    public void text(double x, double y, String text, String superscript, double size, Anchor anchor, boolean bold,
                     boolean vertical) {
        String a = switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        body.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" text-anchor=\"%s\" "
                + "fill=\"%s\"", x, y, size, a, PlotPainter.INK));
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (vertical) {
            body.append(String.format(Locale.ROOT, " transform=\"rotate(-90 %.2f %.2f)\"", x, y));
        }
        body.append('>').append(escape(text));
        if (!superscript.isEmpty()) {
            body.append(String.format(Locale.ROOT, "<tspan dy=\"%.1f\" font-size=\"%.1f\">", -size * 0.45, size * 0.75))
                    .append(escape(superscript)).append("</tspan>");
        }
        body.append("</text>\n");
    }

    @Override
    public void beginClip(double x, double y, double w, double h) {
        clips++;
        body.append(String.format(Locale.ROOT, "<clipPath id=\"clip%d\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                + "height=\"%.2f\"/></clipPath>\n<g clip-path=\"url(#clip%d)\">\n", clips, x, y, w, h, clips));
    }

    @Override
    public void endClip() {
        body.append("</g>\n");
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder sb = new StringBuilder(xs.length * 14);
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%.2f,%.2f", xs[i], ys[i]));
        }
        return sb.toString();
    }

    /**
     * XML-escapes text; characters XML 1.0 forbids even as references (controls other than tab and line ends,
     * unpaired surrogates, U+FFFE/U+FFFF: a label read from a CSV may hold them, R14) become U+FFFD.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
