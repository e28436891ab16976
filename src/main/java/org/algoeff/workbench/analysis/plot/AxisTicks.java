// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions and labels for a {@link PlotAxis}, shared by every renderer so they label axes alike:
 * log axes get one major tick per decade labelled 10 with a superscript exponent, linear axes get
 * 1-2-5 steps, year axes whole years.
 */
public final class AxisTicks {
    /** Aim for about this many major ticks on a linear axis. */
    private static final int TARGET_TICKS = 6;
    /** Beyond this many decades every second (third...) decade is labelled. */
    private static final int MAX_DECADE_LABELS = 12;

    private AxisTicks() {
    }

    /**
     * One tick.
     *
     * @param value       position in data units
     * @param text        label base text ("10" for a decade, "2014", "0.5"); empty for minor ticks
     * @param superscript exponent to draw raised after {@code text} ("15"), empty when none
     * @param major       major (labelled, with grid line) or minor
     */
    public record Tick(double value, String text, String superscript, boolean major) {
        /** Label as plain text: "10^15", "2014". */
        public String plainText() {
            return superscript.isEmpty() ? text : text + "^" + superscript;
        }
    }

    /** Ticks inside [min, max] of the axis, majors and minors, ascending. */
    public static List<Tick> ticks(PlotAxis axis) {
        if (axis.log()) {
            return logTicks(axis.min(), axis.max());
        }
        return linearTicks(axis.min(), axis.max(), axis.kind() == PlotAxis.AxisKind.YEAR);
    }

    /** Whole decades that contain [min, max]: always at least one decade wide (ChartFX labels one tick otherwise). */
    public static double[] decadeBounds(double min, double max) {
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        if (hi <= lo) {
            hi = lo + 1;
        }
        return new double[] {Math.pow(10, lo), Math.pow(10, hi)};
    }

    private static List<Tick> logTicks(double min, double max) {
        List<Tick> ticks = new ArrayList<>();
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        int every = Math.max(1, (int) Math.ceil((hi - lo) / (double) MAX_DECADE_LABELS));
        for (int e = lo; e <= hi; e++) {
            double decade = Math.pow(10, e);
            if (inside(decade, min, max)) {
                boolean labelled = Math.floorMod(e, every) == 0;
                ticks.add(new Tick(decade, labelled ? "10" : "", labelled ? Integer.toString(e) : "", labelled));
            }
            if (every == 1) {
                for (int m = 2; m <= 9; m++) {
                    double minor = m * decade;
                    if (inside(minor, min, max)) {
                        ticks.add(new Tick(minor, "", "", false));
                    }
                }
            }
        }
        return ticks;
    }

    private static List<Tick> linearTicks(double min, double max, boolean years) {
        double step = niceStep((max - min) / TARGET_TICKS);
        if (years) {
            step = Math.max(1, step);
        }
        List<Tick> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int i = 0; ; i++) {
            double v = first + i * step;
            if (v > max + step * 1e-9 || i > 1000) {
                break;
            }
            double clean = Math.abs(v) < step * 1e-9 ? 0 : v;
            ticks.add(new Tick(clean, years ? Long.toString(Math.round(clean)) : format(clean, step), "", true));
        }
        return ticks;
    }

    /** The 1-2-5 multiple of a power of ten nearest above {@code rough}. */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double r = rough / magnitude;
        double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Plain decimal with only as many digits as the step needs; scientific beyond 10^6 or below 10^-4. */
    public static String format(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e6 || abs < 1e-4) {
            String s = String.format(Locale.ROOT, "%.3e", value);
            String[] parts = s.split("e");
            String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value)).stripTrailingZeros()
                .toPlainString();
    }

    private static boolean inside(double v, double min, double max) {
        double tolerance = 1e-9 * Math.max(Math.abs(min), Math.abs(max));
        return v >= min - tolerance && v <= max + tolerance;
    }
}
