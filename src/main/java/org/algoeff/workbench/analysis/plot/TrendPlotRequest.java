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
 * @param datasets          one series each, in legend order
 * @param fit               the fitted trend, or null when there is none (yet)
 * @param fitLabel          legend text of the fit line (e.g. the readout's first clause)
 * @param overlays          hardware trends anchored at chosen points
 * @param highlightFrontier emphasise best-so-far points
 * @param annotations       extra notes (e.g. runs' compute-to-target)
 */
public record TrendPlotRequest(String title, List<TrendDataset> datasets, TrendFit fit, String fitLabel,
                               List<OverlayAnchor> overlays, boolean highlightFrontier,
                               List<PlotAnnotation> annotations) {
    public TrendPlotRequest {
        title = title == null ? "" : title;
        datasets = List.copyOf(datasets);
        fitLabel = fitLabel == null ? "fit" : fitLabel;
        overlays = List.copyOf(overlays);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(datasets);
    }
}
