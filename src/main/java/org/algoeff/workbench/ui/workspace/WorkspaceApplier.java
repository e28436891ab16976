// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.time.LocalDate;

import org.algoeff.workbench.analysis.plot.CurveMath.XQuantity;
import org.algoeff.workbench.io.workspace.ComputeSources;
import org.algoeff.workbench.io.workspace.Workspace;
import org.algoeff.workbench.ui.curves.CurveViewModel;
import org.algoeff.workbench.ui.load.RunItem;
import org.algoeff.workbench.ui.load.SourceItem;
import org.algoeff.workbench.ui.load.SourcesViewModel;
import org.algoeff.workbench.ui.runs.RunsViewModel;
import org.algoeff.workbench.ui.trend.TrendViewModel;

/** Puts a {@link Workspace}'s settings back into the ViewModels. FX thread only. */
final class WorkspaceApplier {
    private WorkspaceApplier() {
    }

    static void applySettings(Workspace w, TrendViewModel trend, CurveViewModel curves, RunsViewModel runs) {
        trend.fitSettings().apply(w.fit());
        trend.breakpointsProperty().set(w.breakpoints());
        trend.overlayVisibleProperty().set(!w.overlays().isEmpty());
        if (!w.overlays().isEmpty()) {
            Workspace.Overlay o = w.overlays().get(0);
            trend.hardwareProperty().set(WorkspaceViewModel.hardwareNamed(o.name()));
            trend.doublingMonthsProperty().set(o.doublingMonths());
        }
        Workspace.Chart c = w.chart();
        if (c.trendTitle() != null && !c.trendTitle().isEmpty()) {
            trend.titleProperty().set(c.trendTitle());
        }
        curves.tags().ticked().setAll(c.tickedTags());
        curves.tags().filterProperty().set(c.tagFilter() == null ? "" : c.tagFilter());
        curves.xQuantityProperty().set(switch (c.curveX() == null ? "step" : c.curveX()) {
            case "wall" -> XQuantity.WALL_TIME;
            case "compute" -> XQuantity.COMPUTE;
            default -> XQuantity.STEP;
        });
        curves.logXProperty().set(c.logX());
        curves.logYProperty().set(c.logY());
        curves.smoothingProperty().set(c.smoothing());
        Workspace.Target t = w.target();
        if (t != null) {
            // Metric first: choosing a metric infers its direction, which the saved direction then overrides.
            runs.metricProperty().set(t.tag());
            runs.targetProperty().set(t.value());
            runs.lowerIsBetterProperty().set(t.lowerIsBetter());
            runs.smoothingProperty().set(t.smoothing() == null ? 0 : t.smoothing());
        } else {
            runs.targetProperty().set(Double.NaN);
        }
    }

    /**
     * The choices that name loaded data: the fitted data set and the overlay's anchor point, applied once the
     * sources are loaded (the defaults, first set and earliest point, when nothing matches).
     */
    static void applyDatasetChoices(Workspace w, TrendViewModel trend) {
        trend.fittedProperty().set(w.fittedDataset());
        Workspace.Overlay o = w.overlays().isEmpty() ? null : w.overlays().get(0);
        if (o == null || o.anchorDate() == null) {
            trend.anchorProperty().set(null);
            return;
        }
        trend.anchorAt(LocalDate.parse(o.anchorDate()), o.anchorValue());
    }

    static void applyRunEdits(Workspace w, SourcesViewModel sources) {
        for (SourceItem s : sources.items()) {
            // A data set of a folder source has its own entry when its columns were chosen; else the folder's.
            w.sources().stream().filter(src -> src.path().equals(s.path().toString())).findFirst()
                    .or(() -> w.sources().stream().filter(src -> src.path().equals(s.root().toString())).findFirst())
                    .ifPresent(src -> s.hidden().set(src.hidden()));
            for (RunItem r : s.runs()) {
                for (Workspace.RunEdit e : w.runs()) {
                    if (e.source().equals(s.root().toString()) && isRun(e, r)) {
                        if (e.displayName() != null) {
                            r.displayNameProperty().set(e.displayName());
                        }
                        r.dateProperty().set(date(e.date()));
                        r.computeProperty().set(ComputeSources.open(e.compute()).orElse(null));
                        r.hiddenProperty().set(e.hidden());
                    }
                }
            }
        }
    }

    /** By run id where the edit has one (two runs of one source may share a name), else by the run's own name. */
    private static boolean isRun(Workspace.RunEdit e, RunItem r) {
        return e.runId() != null && !e.runId().isEmpty() ? e.runId().equals(r.run().id())
                : e.run() != null && e.run().equals(r.run().name());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
