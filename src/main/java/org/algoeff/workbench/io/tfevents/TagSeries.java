// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import org.algoeff.workbench.model.SeriesBuilder;

/**
 * What a run knows about one tag: the plugin its first metadata named, and its scalar points so far.
 * Mutable, owned by one reader thread.
 */
final class TagSeries {
    /** Which TensorBoard plugin owns the tag, as far as metadata told us. */
    enum Kind { UNKNOWN, SCALARS, OTHER }

    final String tag;
    final SeriesBuilder points;
    Kind kind = Kind.UNKNOWN;
    boolean metadataSeen;
    boolean warned;

    TagSeries(String tag) {
        this.tag = tag;
        this.points = new SeriesBuilder(tag, 16);
    }
}
