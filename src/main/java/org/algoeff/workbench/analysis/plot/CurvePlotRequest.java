// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

/**
 * What a training-curve chart shows, before layout.
 *
 * @param title    chart title
 * @param xLabel   x axis title with unit ("step", "wall time (s)", "compute (FLOP)")
 * @param yLabel   y axis title (the series tag)
 * @param logX     logarithmic x
 * @param logY     logarithmic y
 * @param curves   one per run, in legend order
 * @param target   horizontal target line value, or NaN for none
 * @param buckets  x buckets for min/max reduction (about the plot width in pixels)
 */
public record CurvePlotRequest(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                               List<Curve> curves, double target, int buckets) {
    public CurvePlotRequest {
        title = title == null ? "" : title;
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        curves = List.copyOf(curves);
    }

    /**
     * One run's curve: x and raw y, the smoothed y (or null), and where it reached the target (NaN if not).
     * Arrays are read, never written.
     */
    public record Curve(String name, int colorIndex, double[] x, double[] y, double[] smoothed,
                        double targetX, double targetY) {
        public Curve {
            Objects.requireNonNull(name, "name");
            if (x.length != y.length || (smoothed != null && smoothed.length != y.length)) {
                throw new IllegalArgumentException("curve arrays differ in length: " + name);
            }
        }
    }
}
