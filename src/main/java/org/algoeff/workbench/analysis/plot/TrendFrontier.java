// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.algoeff.workbench.model.TrendPoint;

/** Marks best-so-far points for highlighting: each point that beats every earlier-dated point. */
final class TrendFrontier {
    private TrendFrontier() {
    }

    /** Flags in the order of {@code points}; "beats" means lower when {@code declining}, else higher. */
    static boolean[] mark(List<TrendPoint> points, boolean declining) {
        boolean[] flags = new boolean[points.size()];
        int[] byDate = IntStream.range(0, points.size()).boxed()
                .sorted(Comparator.comparing(i -> points.get(i).date())).mapToInt(Integer::intValue).toArray();
        double best = declining ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int i : byDate) {
            double v = points.get(i).value();
            if (declining ? v < best : v > best) {
                flags[i] = true;
                best = v;
            }
        }
        return flags;
    }
}
