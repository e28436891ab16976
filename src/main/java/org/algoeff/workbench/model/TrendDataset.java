// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of dated quantities to plot and fit, e.g. HB20's AlexNet-level compute-to-target.
 *
 * @param name       shown in legends
 * @param valueLabel what the values are, with unit: "compute to AlexNet-level (FLOP)"
 * @param points     in source order (not necessarily sorted by date)
 * @param provenance the file(s) and column choices it was read with
 * @param columns    the source's column headers in file order (the keys of the points' attributes), so rows can
 *                   be filtered and grouped by any of them
 */
public record TrendDataset(String name, String valueLabel, List<TrendPoint> points, Provenance provenance,
                           List<String> columns) {
    public TrendDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueLabel, "valueLabel");
        points = List.copyOf(points);
        Objects.requireNonNull(provenance, "provenance");
        columns = List.copyOf(columns);
    }

    /** A data set whose columns are those its points carry (for sets built in code rather than read from a file). */
    public TrendDataset(String name, String valueLabel, List<TrendPoint> points, Provenance provenance) {
        this(name, valueLabel, points, provenance, attributeKeys(points));
    }

    /** The same data set with other points (a filtered or grouped subset) and another name. */
    public TrendDataset withPoints(String newName, List<TrendPoint> newPoints) {
        return new TrendDataset(newName, valueLabel, newPoints, provenance, columns);
    }

    /**
     * The header this data set spells {@code wanted} as, compared as column detection does (case and punctuation
     * ignored: "notability_criteria" finds "Notability criteria").
     */
    public Optional<String> findColumn(String wanted) {
        String key = normaliseHeader(wanted);
        return columns.stream().filter(c -> normaliseHeader(c).equals(key)).findFirst();
    }

    /** A header normalised for matching: lower case, each run of non-alphanumerics one space, stripped. */
    public static String normaliseHeader(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<String> attributeKeys(List<TrendPoint> points) {
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> keys.addAll(p.attributes().keySet()));
        return List.copyOf(keys);
    }
}
