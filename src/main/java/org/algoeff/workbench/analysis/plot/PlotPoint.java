// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

/**
 * One plotted point in data units; x is a decimal year on date axes.
 *
 * @param x           horizontal value
 * @param y           vertical value
 * @param label       hover/label text (name, date, value, source); empty for curve points
 * @param highlighted drawn emphasised (e.g. a frontier point)
 */
public record PlotPoint(double x, double y, String label, boolean highlighted) {
    public PlotPoint {
        label = label == null ? "" : label;
    }

    public PlotPoint(double x, double y) {
        this(x, y, "", false);
    }
}
