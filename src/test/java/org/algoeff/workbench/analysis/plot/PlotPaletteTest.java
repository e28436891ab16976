// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regression: curve colours repeated after about 7 runs (8 colours, one of them black on the dark theme). */
class PlotPaletteTest {
    private static final int RUNS = 12;
    private static final String LIGHT_CHART = "#FFFFFF";
    private static final String DARK_CHART = "#10151C";

    @Test
    void twelveRunsGetTwelveClearlyDifferentColours() {
        for (int a = 0; a < RUNS; a++) {
            for (int b = a + 1; b < RUNS; b++) {
                double distance = deltaE(PlotPalette.series(a), PlotPalette.series(b));
                assertTrue(distance >= 20, "series " + a + " and " + b + " look alike: CIE76 dE " + distance);
            }
        }
    }

    @Test
    void everyColourReadsOnTheLightAndTheDarkChart() {
        for (int i = 0; i < RUNS; i++) {
            String c = PlotPalette.series(i);
            assertTrue(contrast(c, LIGHT_CHART) >= 2.0, c + " on white: " + contrast(c, LIGHT_CHART));
            assertTrue(contrast(c, DARK_CHART) >= 2.5, c + " on the dark chart: " + contrast(c, DARK_CHART));
        }
    }

    private static double[] linear(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    /** WCAG relative luminance contrast ratio. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = linear(hex);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** CIE76 colour difference in CIELAB (D65). */
    private static double deltaE(String a, String b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(String hex) {
        double[] c = linear(hex);
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
