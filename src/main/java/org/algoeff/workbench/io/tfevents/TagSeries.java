// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.SeriesBuilder;

/**
 * What a run knows about one tag: the plugin its first metadata named, and its scalar points so far.
 * Mutable, owned by one reader thread.
 */
final class TagSeries {
    /** Which TensorBoard plugin owns the tag, as far as metadata told us. */
    enum Kind { UNKNOWN, SCALARS, OTHER }

    final String tag;
    SeriesBuilder points;
    Kind kind = Kind.UNKNOWN;
    boolean metadataSeen;
    boolean warned;

    TagSeries(String tag) {
        this.tag = tag;
        this.points = new SeriesBuilder(tag, 16);
    }

    /**
     * Freezes the points and drops the builder, so that while a run with many tags is being frozen only one
     * builder and its trimmed copy are live at a time, not every builder next to every copy.
     */
    MetricSeries freeze() {
        MetricSeries series = points.build();
        points = null;
        return series;
    }
}
