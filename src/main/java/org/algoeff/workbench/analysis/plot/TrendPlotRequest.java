// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;

/**
 * What an efficiency-trend chart shows, before layout.
 *
 * @param title             chart title
 * @param datasets          one series each, in legend order (series i gets colour i)
 * @param fits              fitted trends to draw, each with its legend text and colour
 * @param overlays          hardware trends anchored at chosen points
 * @param highlightFrontier emphasise best-so-far points
 * @param annotations       extra notes (e.g. runs' compute-to-target)
 */
public record TrendPlotRequest(String title, List<TrendDataset> datasets, List<Fitted> fits,
                               List<OverlayAnchor> overlays, boolean highlightFrontier,
                               List<PlotAnnotation> annotations) {
    /**
     * One fit line.
     *
     * @param fit        the fitted trend
     * @param label      legend text (e.g. "fit: halves every 15.8 months")
     * @param colorIndex series colour of the data it fits, or {@link FitLine#FIT_COLOR}
     */
    public record Fitted(TrendFit fit, String label, int colorIndex) {
        public Fitted {
            Objects.requireNonNull(fit, "fit");
            label = label == null ? "fit" : label;
        }
    }

    public TrendPlotRequest {
        title = title == null ? "" : title;
        datasets = List.copyOf(datasets);
        fits = List.copyOf(fits);
        overlays = List.copyOf(overlays);
        annotations = List.copyOf(annotations);
    }

    /** A chart with at most one fit, drawn in the fit colour ({@code fit} null for none). */
    public TrendPlotRequest(String title, List<TrendDataset> datasets, TrendFit fit, String fitLabel,
                            List<OverlayAnchor> overlays, boolean highlightFrontier, List<PlotAnnotation> annotations) {
        this(title, datasets, fit == null ? List.of() : List.of(new Fitted(fit, fitLabel, FitLine.FIT_COLOR)),
                overlays, highlightFrontier, annotations);
    }
}
