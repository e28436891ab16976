// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Locale;
import java.util.Objects;

/**
 * How a chart is laid out as a figure, the same for the window's export, the figure dialog, the workspace and
 * {@code algoeff plot}: its size (in cm, inches or CSS pixels of 1/96 inch), the raster resolution, the base font
 * size, text that replaces the chart's own (empty keeps it), where the legend goes and whether points are labelled.
 * Every renderer lays out in CSS pixels ({@link #widthPx()}); a PNG is painted at {@link #rasterScale()} times that,
 * a PDF page is {@link #widthPt()} points wide.
 *
 * @param width       figure width in {@code unit}
 * @param height      figure height in {@code unit}
 * @param unit        unit of width and height
 * @param dpi         raster resolution of a PNG (dots per inch); 96 makes one PNG pixel per CSS pixel
 * @param fontSizePt  base font size in points (tick labels; titles are drawn larger)
 * @param title       chart title, or empty for the chart's own
 * @param xLabel      x axis title, or empty for the chart's own
 * @param yLabel      y axis title, or empty for the chart's own
 * @param legend      where the legend is drawn
 * @param pointLabels label each data point with its name (HB20's figures name every model)
 */
public record FigureSettings(double width, double height, LengthUnit unit, int dpi, double fontSizePt, String title,
                             String xLabel, String yLabel, LegendPosition legend, boolean pointLabels) {
    /** Smallest and largest figure side in CSS pixels (about 2.6 cm and 5.3 m). */
    public static final double MIN_SIDE_PX = 100;
    public static final double MAX_SIDE_PX = 20000;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;
    public static final double MIN_FONT_PT = 4;
    public static final double MAX_FONT_PT = 40;
    /** Largest PNG the exports paint, in pixels (a 20 x 20 cm figure at 1200 dpi is about 89 million). */
    public static final long MAX_RASTER_PIXELS = 120_000_000L;
    /** CSS pixels per inch: the layout unit. */
    public static final double PX_PER_INCH = 96;
    private static final double PT_PER_INCH = 72;

    /** The size the CLI has always drawn (960 x 540 pixels, 9 pt text, legend placed automatically). */
    public static final FigureSettings DEFAULT = new FigureSettings(960, 540, LengthUnit.PX, 96, 9, "", "", "",
            LegendPosition.AUTO, false);

    public FigureSettings {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(legend, "legend");
        title = title == null ? "" : title.strip();
        xLabel = xLabel == null ? "" : xLabel.strip();
        yLabel = yLabel == null ? "" : yLabel.strip();
        double w = width * unit.pxPerUnit();
        double h = height * unit.pxPerUnit();
        if (!(w >= MIN_SIDE_PX && w <= MAX_SIDE_PX && h >= MIN_SIDE_PX && h <= MAX_SIDE_PX)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure size %s x %s must be between %s and %s on each side", format(width, unit),
                    format(height, unit), format(MIN_SIDE_PX / unit.pxPerUnit(), unit),
                    format(MAX_SIDE_PX / unit.pxPerUnit(), unit)));
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("DPI must be between " + MIN_DPI + " and " + MAX_DPI + ", was " + dpi);
        }
        if (!(fontSizePt >= MIN_FONT_PT && fontSizePt <= MAX_FONT_PT)) {
            throw new IllegalArgumentException("font size must be between " + MIN_FONT_PT + " and " + MAX_FONT_PT
                    + " pt, was " + fontSizePt);
        }
        long pixels = Math.round(w * dpi / PX_PER_INCH) * Math.round(h * dpi / PX_PER_INCH);
        if (pixels > MAX_RASTER_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s x %s at %d dpi would be %,d pixels; "
                    + "the most is %,d (lower the DPI or the size)", format(width, unit), format(height, unit), dpi,
                    pixels, MAX_RASTER_PIXELS));
        }
    }

    /** Units a figure's size is given in. */
    public enum LengthUnit {
        /** CSS pixel, 1/96 inch (the size on screen at 100%). */
        PX("px", 1),
        CM("cm", PX_PER_INCH / 2.54),
        MM("mm", PX_PER_INCH / 25.4),
        IN("in", PX_PER_INCH);

        private final String suffix;
        private final double pxPerUnit;

        LengthUnit(String suffix, double pxPerUnit) {
            this.suffix = suffix;
            this.pxPerUnit = pxPerUnit;
        }

        public String suffix() {
            return suffix;
        }

        public double pxPerUnit() {
            return pxPerUnit;
        }

        @Override
        public String toString() {
            return suffix;
        }

        /** The unit with this suffix ("cm"), case-insensitive. */
        public static LengthUnit of(String suffix) {
            for (LengthUnit u : values()) {
                if (u.suffix.equalsIgnoreCase(suffix.strip())) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown unit '" + suffix + "' (use cm, mm, in or px)");
        }
    }

    /** Where the legend sits: inside a corner of the plot, outside it, or not at all. */
    public enum LegendPosition {
        /** The inside corner that covers the fewest points; outside right when every corner covers some. */
        AUTO("auto"), TOP_LEFT("top-left"), TOP_RIGHT("top-right"), BOTTOM_LEFT("bottom-left"),
        BOTTOM_RIGHT("bottom-right"), RIGHT("right"), BELOW("below"), NONE("none");

        private final String id;

        LegendPosition(String id) {
            this.id = id;
        }

        /** The name used by {@code --legend} and in the workspace. */
        public String id() {
            return id;
        }

        public boolean inside() {
            return this == TOP_LEFT || this == TOP_RIGHT || this == BOTTOM_LEFT || this == BOTTOM_RIGHT;
        }

        public static LegendPosition of(String id) {
            for (LegendPosition p : values()) {
                if (p.id.equalsIgnoreCase(id.strip()) || p.name().equalsIgnoreCase(id.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown legend position '" + id
                    + "' (auto, top-left, top-right, bottom-left, bottom-right, right, below, none)");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** A length such as "16cm", "6.5 in", "960" (pixels) as {value, unit}. */
    public static Length parseLength(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        LengthUnit unit = i == s.length() ? LengthUnit.PX : LengthUnit.of(s.substring(i));
        try {
            double v = Double.parseDouble(s.substring(0, i).strip());
            if (!Double.isFinite(v) || v <= 0) {
                throw new NumberFormatException();
            }
            return new Length(v, unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a length: '" + text + "' (e.g. 16cm, 6.5in, 960px)");
        }
    }

    /**
     * A length with its unit.
     *
     * @param value amount
     * @param unit  unit
     */
    public record Length(double value, LengthUnit unit) {
        /** This length in {@code other} units. */
        public double in(LengthUnit other) {
            return value * unit.pxPerUnit() / other.pxPerUnit();
        }
    }

    /** Width in CSS pixels (the layout unit of every renderer). */
    public double widthPx() {
        return width * unit.pxPerUnit();
    }

    public double heightPx() {
        return height * unit.pxPerUnit();
    }

    /** Width in PDF points (1/72 inch). */
    public double widthPt() {
        return widthPx() / PX_PER_INCH * PT_PER_INCH;
    }

    public double heightPt() {
        return heightPx() / PX_PER_INCH * PT_PER_INCH;
    }

    /** PNG pixels per layout pixel. */
    public double rasterScale() {
        return dpi / PX_PER_INCH;
    }

    /** The base font size in layout pixels. */
    public double fontPx() {
        return fontSizePt / PT_PER_INCH * PX_PER_INCH;
    }

    /** The chart with this figure's title and axis titles where they are set. */
    public PlotSpec apply(PlotSpec spec) {
        PlotSpec out = title.isEmpty() ? spec : spec.withTitle(title);
        if (!xLabel.isEmpty() || !yLabel.isEmpty()) {
            out = out.withAxisLabels(xLabel.isEmpty() ? spec.x().label() : xLabel,
                    yLabel.isEmpty() ? spec.y().label() : yLabel);
        }
        return out;
    }

    public FigureSettings withSize(double newWidth, double newHeight, LengthUnit newUnit) {
        return new FigureSettings(newWidth, newHeight, newUnit, dpi, fontSizePt, title, xLabel, yLabel, legend,
                pointLabels);
    }

    public FigureSettings withDpi(int newDpi) {
        return new FigureSettings(width, height, unit, newDpi, fontSizePt, title, xLabel, yLabel, legend, pointLabels);
    }

    /** "16 x 10 cm, 300 dpi, 9 pt": for the status line and the dialog. */
    public String describe() {
        return String.format(Locale.ROOT, "%s x %s, %d dpi, %s pt", trim(width), format(height, unit), dpi,
                trim(fontSizePt));
    }

    private static String format(double v, LengthUnit unit) {
        return trim(v) + " " + unit.suffix();
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", v)).stripTrailingZeros().toPlainString();
    }
}
