// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.GroupFit;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.TrendReadout;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendDirection;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.model.TrendPoint;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The whole efficiency-trend use case in one synchronous call, shared by the window and {@code algoeff plot}:
 * fit one data set (its rows filtered and grouped as the options say: then each group is its own series with its
 * own line in the series' colour), anchor the hardware overlay at its earliest point, build the {@link PlotSpec}
 * and the readout. Runs on the caller's thread; checks cancellation through the fitter.
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
     * @param groups  the fits, one per group (one when not grouped); empty when the fit could not start
     * @param readout the readout (a line per group), or why there is no fit
     */
    public record Result(PlotSpec spec, List<GroupFit> groups, String readout) {
        public Result {
            groups = List.copyOf(groups);
        }

        /** Every fit's warnings as lines, each prefixed by its group ("Domain=Vision: only 8 points ..."). */
        public List<String> warningLines() {
            List<String> lines = new ArrayList<>();
            for (GroupFit g : groups) {
                if (g.fitted()) {
                    g.fit().warnings().forEach(w -> lines.add((g.group() == null ? "" : g.group() + ": ") + w.message()));
                }
            }
            return lines;
        }

        /** The fit, or the first group's that has one; empty when nothing was fitted. */
        public Optional<TrendFit> fit() {
            return groups.stream().filter(GroupFit::fitted).map(GroupFit::fit).findFirst();
        }
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
     * @param fitted    index of the data set to fit (and to anchor the overlay at by default); its rows are
     *                  filtered and grouped by the options, the other data sets are drawn as they are
     * @param options   fit options
     * @param hardware  overlay trend (also the readout's comparison), or null for none
     * @param anchor    point the overlay passes through, or null for the fitted set's earliest point
     */
    public Result compose(String title, List<TrendDataset> datasets, int fitted, FitOptions options,
                          HardwareTrend hardware, TrendPoint anchor, List<PlotAnnotation> annotations,
                          ProgressSink progress, CancellationToken cancel) {
        int index = fitted >= 0 && fitted < datasets.size() ? fitted : 0;
        TrendDataset target = datasets.isEmpty() ? null : datasets.get(index);
        List<GroupFit> groups = List.of();
        String readout = "no data";
        if (target != null) {
            try {
                groups = fitter.fitEach(target, options, progress, cancel);
                readout = TrendReadout.describe(groups, hardware);
            } catch (IllegalArgumentException e) {
                readout = "no fit: " + e.getMessage();
            }
        }
        List<TrendDataset> shown = new ArrayList<>(datasets);
        List<TrendPlotRequest.Fitted> lines = new ArrayList<>();
        if (target != null) {
            seriesAndLines(shown, lines, index, groups, options, datasets.size() > 1);
        }
        boolean declining = lines.isEmpty() || lines.get(0).fit().direction() == TrendDirection.DECLINING;
        List<OverlayAnchor> overlays = List.of();
        // By default the overlay starts at the earliest point the fit was given (after the row filters).
        TrendPoint at = anchor != null ? anchor : groups.isEmpty() ? earliest(target)
                : earliest(groups.stream().flatMap(g -> g.data().points().stream()).toList());
        if (hardware != null && at != null) {
            overlays = List.of(new OverlayAnchor(hardware, at.date(), at.value(), declining));
        }
        // Grouped, each group's frontier markers would double the legend; they are drawn when the frontier is fitted.
        boolean highlight = options.groupBy() == null || options.frontierOnly();
        PlotSpec spec = PlotSpecBuilder.trend(new TrendPlotRequest(title, shown, lines, overlays, highlight,
                annotations));
        return new Result(spec, groups, readout);
    }

    /**
     * Puts the fitted data set's series and fit lines in place: when rows are filtered or grouped, the data set's
     * series is replaced by one per group (a filtered set is one group) and each group's line takes its series'
     * colour; otherwise the one fit is drawn in the fit colour.
     */
    private static void seriesAndLines(List<TrendDataset> shown, List<TrendPlotRequest.Fitted> lines, int index,
                                       List<GroupFit> groups, FitOptions options, boolean several) {
        TrendDataset target = shown.get(index);
        boolean selects = !options.where().isEmpty() || options.groupBy() != null;
        if (selects && !groups.isEmpty()) {
            shown.remove(index);
            for (int g = 0; g < groups.size(); g++) {
                GroupFit group = groups.get(g);
                String name = group.group() != null ? group.group() : filteredName(target, options.where());
                shown.add(index + g, group.data().withPoints(name, group.data().points()));
                if (group.fitted()) {
                    lines.add(new TrendPlotRequest.Fitted(group.fit(), name + ": " + TrendReadout.headline(group.fit()),
                            group.group() != null ? index + g : FitLine.FIT_COLOR));
                }
            }
        } else if (!groups.isEmpty() && groups.get(0).fitted()) {
            TrendFit fit = groups.get(0).fit();
            lines.add(new TrendPlotRequest.Fitted(fit, (several ? "fit of " + target.name() + ": " : "fit: ")
                    + TrendReadout.headline(fit), FitLine.FIT_COLOR));
        }
    }

    /** "all-ml-systems (Notability criteria~.+)": a filtered data set names its filters in the legend. */
    private static String filteredName(TrendDataset data, List<RowFilter> where) {
        return data.name() + " (" + RowFilter.joinAll(where) + ")";
    }

    private static TrendPoint earliest(TrendDataset dataset) {
        return dataset == null ? null : earliest(dataset.points());
    }

    private static TrendPoint earliest(List<TrendPoint> points) {
        return points.stream().min(Comparator.comparing(TrendPoint::date)).orElse(null);
    }
}
