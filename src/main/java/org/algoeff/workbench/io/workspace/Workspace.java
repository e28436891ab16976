// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.workspace;

import java.util.List;
import java.util.Objects;

import org.algoeff.workbench.analysis.BreakpointOptions;
import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.plot.FigureSettings;

/**
 * Everything a user set up, saved as versioned JSON in a {@code .algoeff} file: sources, per-run dates and names,
 * targets, fit settings, overlays and chart settings. Dates are ISO-8601 strings ("2019-05-01") or null.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this version
 * @param sources       data sets and log files/folders, in load order
 * @param runs          per-run edits (display name, date, compute source, hidden)
 * @param target        the curve target, or null
 * @param fit           the fit settings record as it is ({@link FitOptions}: frontier and its scope, dates, row
 *                      filters, grouping, bootstrap, direction)
 * @param fittedDataset name of the data set the fit is about, or null for the first (workspaces of schema 1 kept
 *                      it as {@code fit.dataset}; {@link WorkspaceStore} moves it here)
 * @param overlays      hardware overlays
 * @param chart         chart settings
 * @param breakpoints   the piecewise-fit settings record as it is ({@link BreakpointOptions}; absent in older
 *                      files: one line)
 * @param figure        the figure settings of exports ({@link FigureSettings}; absent in older files, or dropped
 *                      with a warning when invalid: the defaults)
 */
public record Workspace(int schemaVersion, List<Source> sources, List<RunEdit> runs, Target target, FitOptions fit,
                        String fittedDataset, List<Overlay> overlays, Chart chart, BreakpointOptions breakpoints,
                        FigureSettings figure) {
    /** Version written by this build; readers accept this and older. */
    public static final int SCHEMA_VERSION = 1;

    public Workspace {
        sources = sources == null ? List.of() : List.copyOf(sources);
        runs = runs == null ? List.of() : List.copyOf(runs);
        overlays = overlays == null ? List.of() : List.copyOf(overlays);
        fit = fit == null ? FitOptions.DEFAULT : fit;
        chart = chart == null ? Chart.DEFAULT : chart;
        breakpoints = breakpoints == null ? BreakpointOptions.NONE : breakpoints;
        figure = figure == null ? FigureSettings.DEFAULT : figure;
    }

    /** A workspace with the default figure settings. */
    public Workspace(int schemaVersion, List<Source> sources, List<RunEdit> runs, Target target, FitOptions fit,
                     String fittedDataset, List<Overlay> overlays, Chart chart, BreakpointOptions breakpoints) {
        this(schemaVersion, sources, runs, target, fit, fittedDataset, overlays, chart, breakpoints,
                FigureSettings.DEFAULT);
    }

    /** A workspace with one fitted line (no breakpoints). */
    public Workspace(int schemaVersion, List<Source> sources, List<RunEdit> runs, Target target, FitOptions fit,
                     String fittedDataset, List<Overlay> overlays, Chart chart) {
        this(schemaVersion, sources, runs, target, fit, fittedDataset, overlays, chart, BreakpointOptions.NONE);
    }

    /** An empty workspace with default settings. */
    public static Workspace empty() {
        return new Workspace(SCHEMA_VERSION, List.of(), List.of(), null, FitOptions.DEFAULT, null, List.of(),
                Chart.DEFAULT);
    }

    /**
     * A loaded file or folder.
     *
     * @param path        absolute path as loaded
     * @param kind        "dataset" (trend CSV), "runs" (training logs), or {@link #COLUMNS_ONLY} (a CSV inside a
     *                    folder source read as a data set with the columns given: not loaded on its own)
     * @param dateColumn  chosen date column of a data set, or null for detection
     * @param valueColumn chosen value column of a data set, or null for detection
     * @param hidden      hidden from the charts
     */
    public record Source(String path, String kind, String dateColumn, String valueColumn, boolean hidden) {
        /** Kind of an entry that only carries the columns chosen for a CSV file of a folder source. */
        public static final String COLUMNS_ONLY = "columns";

        public Source {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A run's edits, keyed by source path + run id ({@code runId}; the run name where the format has no id, and in
     * workspaces written before run ids existed).
     *
     * @param date    the date the user set (ISO), or null for the one the log records
     * @param compute the compute source the user set, or null for the log's own FLOPs
     */
    public record RunEdit(String source, String run, String displayName, String date, boolean hidden, String runId,
                          Compute compute) {
        public RunEdit(String source, String run, String displayName, String date, boolean hidden) {
            this(source, run, displayName, date, hidden, null, null);
        }
    }

    /**
     * A run's compute source as saved: {@code kind} is the source's method id ("flops-per-step", "6ND",
     * "flops-tag"), with the numbers or tag it needs (the others null).
     */
    public record Compute(String kind, Double flopsPerStep, Double parameters, Double tokensPerStep, String flopsTag) {
    }

    /**
     * The runs' question for compute-to-target: series tag, value, whether lower is better, and the TensorBoard
     * smoothing of the search (null or 0: none; absent in workspaces written before it existed).
     */
    public record Target(String tag, double value, boolean lowerIsBetter, Double smoothing) {
        public Target(String tag, double value, boolean lowerIsBetter) {
            this(tag, value, lowerIsBetter, null);
        }
    }

    /** A hardware overlay: name, doubling time in months, anchor date (ISO) and anchor value. */
    public record Overlay(String name, double doublingMonths, String anchorDate, double anchorValue) {
    }

    /**
     * Chart settings: curve series and x quantity ("step", "wall", "compute"), scales, EMA weight, theme.
     *
     * @param curveTag  the first plotted series (all that workspaces written before several series existed hold)
     * @param curveTags every ticked series, or null in older workspaces (then {@code curveTag} alone)
     * @param tagFilter the series filter (a regular expression), or null for none
     */
    public record Chart(String curveTag, String curveX, boolean logX, boolean logY, double smoothing, String theme,
                        String trendTitle, List<String> curveTags, String tagFilter) {
        public static final Chart DEFAULT = new Chart(null, "step", false, false, 0.6, "light", "");

        public Chart {
            curveTags = curveTags == null ? null : List.copyOf(curveTags);
        }

        public Chart(String curveTag, String curveX, boolean logX, boolean logY, double smoothing, String theme,
                     String trendTitle) {
            this(curveTag, curveX, logX, logY, smoothing, theme, trendTitle, null, null);
        }

        /** The ticked series, older workspaces included. */
        public List<String> tickedTags() {
            return curveTags != null ? curveTags : curveTag == null ? List.of() : List.of(curveTag);
        }
    }
}
