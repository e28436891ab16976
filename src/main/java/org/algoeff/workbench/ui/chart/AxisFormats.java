// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.Locale;

import javafx.util.StringConverter;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

import org.algoeff.workbench.analysis.plot.AxisTicks;
import org.algoeff.workbench.analysis.plot.PlotAxis;
import org.algoeff.workbench.model.DecimalYear;

/** Tick label formats for ChartFX axes that read like the exports: 10 with a superscript exponent, whole years. */
public final class AxisFormats {
    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private AxisFormats() {
    }

    /** "10¹⁵" for exact decades, "3×10¹⁵" otherwise (ChartFX's minor labels on short log axes). */
    public static String decade(double value) {
        if (!(value > 0)) {
            return "";
        }
        int exponent = (int) Math.floor(Math.log10(value) + 1e-9);
        double mantissa = value / Math.pow(10, exponent);
        String power = "10" + superscript(exponent);
        if (Math.abs(mantissa - 1) < 1e-6) {
            return power;
        }
        return Math.round(mantissa) + "×" + power;
    }

    static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        String digits = Integer.toString(Math.abs(exponent));
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            sb.append(SUPERSCRIPT[c - '0']);
        }
        return sb.toString();
    }

    /** Applies the spec's label, scale, bounds and formatter to a ChartFX axis (bounds fixed, no auto-range). */
    public static void apply(DefaultNumericAxis axis, PlotAxis spec) {
        axis.setName(spec.label());
        axis.setUnit(null);
        axis.setLogAxis(spec.log());
        axis.setAutoRanging(false);
        axis.setAutoRangeRounding(false);
        axis.set(spec.min(), spec.max());
        axis.setTickLabelFormatter(converter(spec));
    }

    /**
     * The crosshair's readout of a position, finer than the tick labels but never longer than it needs: a date on a
     * year axis, three significant digits on a log axis ("2.93×10¹⁶"), else the tick format with a hundredth of the
     * visible range as its resolution (so it follows the zoom).
     *
     * @param min visible lower bound of the axis, data units
     * @param max visible upper bound
     */
    public static String readout(PlotAxis.AxisKind kind, boolean log, double min, double max, double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (kind == PlotAxis.AxisKind.YEAR) {
            return DecimalYear.toDate(value).toString();
        }
        if (log && value > 0) {
            int exponent = (int) Math.floor(Math.log10(value));
            return String.format(Locale.ROOT, "%.2f×10%s", value / Math.pow(10, exponent), superscript(exponent));
        }
        return AxisTicks.format(value, Math.max(Math.abs(max - min) / 100, 1e-12));
    }

    /**
     * Linear-axis labels with the digits a tick needs and no more ("2000", "0.25", "1.75"): resolution a thousandth
     * of the visible range (read at each call, so it follows the zoom), trailing zeros dropped. ChartFX's default
     * wrote "2.0E3" for steps; rounding to the range instead labelled 0.25-spaced ticks "1.3", "0.8".
     */
    public static StringConverter<Number> linearConverter(DefaultNumericAxis axis) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double span = Math.abs(axis.getMax() - axis.getMin());
                return AxisTicks.format(n.doubleValue(), Math.max(span / 1000, 1e-12));
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        };
    }

    /** Log-axis labels as decades ("10¹⁵", "3×10¹⁵") for charts without a PlotSpec. */
    public static StringConverter<Number> decadeConverter() {
        return converter(new PlotAxis("", PlotAxis.AxisKind.NUMBER, true, 1, 10));
    }

    static StringConverter<Number> converter(PlotAxis spec) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                if (spec.log()) {
                    return decade(v);
                }
                if (spec.kind() == PlotAxis.AxisKind.YEAR) {
                    // ChartFX may put ticks at half years; label whole years only so no label repeats.
                    return Math.abs(v - Math.rint(v)) < 1e-6 ? Long.toString(Math.round(v)) : "";
                }
                return AxisTicks.format(v, Math.max(Math.abs(spec.max() - spec.min()) / 10, 1e-12));
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        };
    }
}
