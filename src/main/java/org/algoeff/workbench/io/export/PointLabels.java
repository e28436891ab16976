// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.plot.PlotAnnotation;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * The text drawn next to points: every annotation's note, then (when point labels are on) each marked point's name,
 * frontier points first. Placed by {@link LabelLayout} inside the plot area, clear of the legend, of every marker
 * and of each other.
 */
final class PointLabels {
    private PointLabels() {
    }

    static List<LabelLayout.Placed> place(PlotSpec spec, PlotLayout l, boolean pointLabels, LabelLayout.Rect legend) {
        double size = l.font() * 11 / 12;
        double f = l.scale();
        List<LabelLayout.Request> requests = new ArrayList<>();
        List<LabelLayout.Rect> markers = new ArrayList<>();
        for (PlotAnnotation a : spec.annotations()) {
            double x = l.px(spec, a.x());
            double y = l.py(spec, a.y());
            markers.add(around(x, y, PlotPainter.ANNOTATION_R * f));
            if (!a.text().isEmpty() && l.plotArea().contains(x, y)) {
                requests.add(new LabelLayout.Request(x, y, a.text(), size, (PlotPainter.ANNOTATION_R + 2) * f,
                        a.shortText()));
            }
        }
        List<LabelLayout.Request> later = new ArrayList<>();
        for (PlotSeries s : spec.series()) {
            if (!s.markers()) {
                continue;
            }
            for (PlotPoint p : s.points()) {
                double x = l.px(spec, p.x());
                double y = l.py(spec, p.y());
                double r = (p.highlighted() ? PlotPainter.FRONTIER_R : PlotPainter.MARKER_R) * f;
                markers.add(around(x, y, r));
                if (pointLabels && !p.shortLabel().isEmpty() && l.plotArea().contains(x, y)) {
                    LabelLayout.Request q = new LabelLayout.Request(x, y, p.shortLabel(), size, r + 2 * f);
                    (p.highlighted() ? requests : later).add(q);
                }
            }
        }
        requests.addAll(later);
        // Markers are hard obstacles: a label never covers a point.
        List<LabelLayout.Rect> hard = new ArrayList<>(markers);
        if (legend != null) {
            hard.add(legend);
        }
        return LabelLayout.place(requests, l.plotArea(), hard, List.of());
    }

    private static LabelLayout.Rect around(double x, double y, double r) {
        return new LabelLayout.Rect(x - r, y - r, 2 * r, 2 * r);
    }
}
