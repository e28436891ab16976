// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.List;
import java.util.Objects;

/**
 * A named set of dated quantities to plot and fit, e.g. HB20's AlexNet-level compute-to-target.
 *
 * @param name       shown in legends
 * @param valueLabel what the values are, with unit: "compute to AlexNet-level (FLOP)"
 * @param points     in source order (not necessarily sorted by date)
 * @param provenance the file(s) and column choices it was read with
 */
public record TrendDataset(String name, String valueLabel, List<TrendPoint> points, Provenance provenance) {
    public TrendDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueLabel, "valueLabel");
        points = List.copyOf(points);
        Objects.requireNonNull(provenance, "provenance");
    }
}
