// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Places text labels next to their anchors so that none leaves the given bounds and none overlaps another label
 * or an obstacle (the legend, markers): each label, in the order given, takes the first of eight positions around
 * its anchor that fits, first also avoiding soft obstacles, then ignoring them, then the same with its short text;
 * a label with no position is dropped. Greedy, O(labels^2), fine for the few hundred labels a figure carries.
 */
public final class LabelLayout {
    private LabelLayout() {
    }

    /**
     * An axis-aligned rectangle in layout pixels.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    public record Rect(double x, double y, double w, double h) {
        public boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /** Whether this rectangle lies wholly inside {@code o}. */
        public boolean inside(Rect o) {
            return x >= o.x - 1e-9 && y >= o.y - 1e-9 && x + w <= o.x + o.w + 1e-9 && y + h <= o.y + o.h + 1e-9;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    /**
     * A label to place.
     *
     * @param x      anchor x (the point)
     * @param y      anchor y
     * @param text   the label
     * @param size   font size
     * @param gap    distance kept from the anchor (the marker's radius plus a little)
     * @param shortText tried when {@code text} fits nowhere (empty: none)
     */
    public record Request(double x, double y, String text, double size, double gap, String shortText) {
        public Request(double x, double y, String text, double size, double gap) {
            this(x, y, text, size, gap, "");
        }
    }

    /**
     * A placed label: drawn left-aligned with its baseline at ({@code x}, {@code baseline}), occupying {@code box}.
     *
     * @param request  what was asked
     * @param text     the text drawn (the request's, or its short text)
     * @param x        left end of the text
     * @param baseline baseline y
     * @param box      the text's extent
     */
    public record Placed(Request request, String text, double x, double baseline, Rect box) {
    }

    /** The labels that fit, in request order; the others are left out. */
    public static List<Placed> place(List<Request> requests, Rect bounds, List<Rect> hard, List<Rect> soft) {
        List<Placed> placed = new ArrayList<>();
        List<Rect> taken = new ArrayList<>(hard);
        for (Request r : requests) {
            Placed p = first(r, r.text(), bounds, taken, soft);
            if (p == null) {
                p = first(r, r.text(), bounds, taken, List.of());
            }
            if (p == null && !r.shortText().isEmpty()) {
                p = first(r, r.shortText(), bounds, taken, List.of());
            }
            if (p != null) {
                placed.add(p);
                taken.add(p.box());
            }
        }
        return placed;
    }

    private static Placed first(Request r, String text, Rect bounds, List<Rect> taken, List<Rect> soft) {
        double w = TextMetrics.width(text, r.size(), false);
        double ascent = TextMetrics.ASCENT * r.size();
        double h = (TextMetrics.ASCENT + TextMetrics.DESCENT) * r.size();
        double g = r.gap();
        double[][] candidates = {
            {r.x() + g, r.y() - g},
            {r.x() + g, r.y() + g + ascent},
            {r.x() - g - w, r.y() - g},
            {r.x() - g - w, r.y() + g + ascent},
            {r.x() + g, r.y() + ascent / 2},
            {r.x() - g - w, r.y() + ascent / 2},
            {r.x() - w / 2, r.y() - g - 1.5 * r.size() * TextMetrics.DESCENT},
            {r.x() - w / 2, r.y() + g + ascent},
        };
        for (double[] c : candidates) {
            Rect box = new Rect(c[0], c[1] - ascent, w, h);
            if (box.inside(bounds) && free(box, taken) && free(box, soft)) {
                return new Placed(r, text, c[0], c[1], box);
            }
        }
        return null;
    }

    private static boolean free(Rect box, List<Rect> others) {
        for (Rect o : others) {
            if (box.overlaps(o)) {
                return false;
            }
        }
        return true;
    }
}
