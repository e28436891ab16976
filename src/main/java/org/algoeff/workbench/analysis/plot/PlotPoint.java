// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

/**
 * One plotted point in data units; x is a decimal year on date axes.
 *
 * @param x           horizontal value
 * @param y           vertical value
 * @param label       hover/label text (name, date, value, source); empty for curve points
 * @param highlighted drawn emphasised (e.g. a frontier point)
 * @param yLow        low end of the point's error bar, NaN for none
 * @param yHigh       high end of the point's error bar, NaN for none
 */
public record PlotPoint(double x, double y, String label, boolean highlighted, double yLow, double yHigh) {
    public PlotPoint {
        label = label == null ? "" : label;
    }

    public PlotPoint(double x, double y, String label, boolean highlighted) {
        this(x, y, label, highlighted, Double.NaN, Double.NaN);
    }

    public PlotPoint(double x, double y) {
        this(x, y, "", false);
    }

    /**
     * The point's name for a printed label: the label up to its first " | " (hover text reads
     * "AlexNet | 2012-06-01 | 3e+18 | hb20.csv"; a figure labels the point "AlexNet").
     */
    public String shortLabel() {
        int bar = label.indexOf(" | ");
        return bar < 0 ? label : label.substring(0, bar);
    }

    /** Whether an error bar is drawn through the point. */
    public boolean hasErrorBar() {
        return Double.isFinite(yLow) && Double.isFinite(yHigh);
    }
}
