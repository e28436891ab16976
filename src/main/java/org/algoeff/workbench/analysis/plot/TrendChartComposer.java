// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The whole efficiency-trend use case in one synchronous call, shared by the window and {@code algoeff plot}:
 * fit the first data set, anchor the hardware overlay at its earliest point, build the {@link PlotSpec} and the
 * readout. Runs on the caller's thread; checks cancellation through the fitter.
 */
public final class TrendChartComposer {
    private final TrendFitter fitter;

    public TrendChartComposer(TrendFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * What the composer produced.
     *
     * @param spec    the chart
     * @param fit     the fit, empty when there were too few points
     * @param readout the readout line, or why there is no fit
     */
    public record Result(PlotSpec spec, Optional<TrendFit> fit, String readout) {
    }

    /** Fits the first data set; see {@link #compose(String, List, int, FitOptions, HardwareTrend, TrendPoint, List,
     * ProgressSink, CancellationToken)}. */
    public Result compose(String title, List<TrendDataset> datasets, FitOptions options, HardwareTrend hardware,
                          TrendPoint anchor, List<PlotAnnotation> annotations, ProgressSink progress,
                          CancellationToken cancel) {
        return compose(title, datasets, 0, options, hardware, anchor, annotations, progress, cancel);
    }

    /**
     * @param datasets  data sets in legend order
     * @param fitted    index of the data set to fit (and to anchor the overlay at by default)
     * @param options   fit options
     * @param hardware  overlay trend (also the readout's comparison), or null for none
     * @param anchor    point the overlay passes through, or null for the fitted set's earliest point
     */
    public Result compose(String title, List<TrendDataset> datasets, int fitted, FitOptions options,
                          HardwareTrend hardware, TrendPoint anchor, List<PlotAnnotation> annotations,
                          ProgressSink progress, CancellationToken cancel) {
        TrendFit fit = null;
        String readout = "no data";
        TrendDataset target = fitted >= 0 && fitted < datasets.size() ? datasets.get(fitted)
                : datasets.isEmpty() ? null : datasets.get(0);
        if (target != null) {
            try {
                fit = fitter.fit(target, options, progress, cancel);
                readout = TrendReadout.describe(fit, hardware);
            } catch (IllegalArgumentException e) {
                readout = "no fit: " + e.getMessage();
            }
        }
        boolean declining = fit == null || fit.direction() == TrendDirection.DECLINING;
        List<OverlayAnchor> overlays = List.of();
        TrendPoint at = anchor != null ? anchor : earliest(target);
        if (hardware != null && at != null) {
            overlays = List.of(new OverlayAnchor(hardware, at.date(), at.value(), declining));
        }
        String fitLabel = fit == null ? "fit" : (datasets.size() > 1 ? "fit of " + target.name() + ": " : "fit: ")
                + readout.split(",", 2)[0].replaceFirst(" \\(95% CI.*\\)", "");
        PlotSpec spec = PlotSpecBuilder.trend(new TrendPlotRequest(title, datasets, fit, fitLabel, overlays,
                true, annotations));
        return new Result(spec, Optional.ofNullable(fit), readout);
    }

    private static TrendPoint earliest(TrendDataset dataset) {
        if (dataset == null) {
            return null;
        }
        return dataset.points().stream().min(Comparator.comparing(TrendPoint::date)).orElse(null);
    }
}
