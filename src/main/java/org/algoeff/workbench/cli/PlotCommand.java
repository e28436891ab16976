// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.export.FigureWriter;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * {@code algoeff plot DATA... --out FILE}: draws the efficiency-trend chart the window shows (same PlotSpec) to
 * PNG (java.awt, works with no display, drawn at --dpi), vector SVG or PDF, or the plotted numbers as CSV/JSON, chosen
 * by the file extension; the figure options ({@link FigureOptions}) are the window's figure dialog's.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw the efficiency-trend chart of data-set CSVs, or with --curves the training curves of logs, to "
            + "PNG, SVG, PDF, CSV or JSON (no display needed).",
            "e.g. algoeff plot data.csv --width 16cm --height 10cm --dpi 300 --labels --out fig.pdf",
            "     algoeff plot --curves --metric loss --x compute --log-x --log-y --smoothing 0.6 runs/ --out c.svg"})
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "data-set CSV files or sweep output folders (algoeff sweep --out); the first data set is fitted (its rows filtered and grouped by --where/--group-by); with --curves: log files and run folders")
    List<Path> data;

    @Option(names = "--date-col", paramLabel = "C", description = "header of the date column")
    String dateColumn;

    @Option(names = "--value-col", paramLabel = "C", description = "header of the compute/value column")
    String valueColumn;

    @Mixin
    FitSettingsOptions settings;

    @Mixin
    BreakpointSettingsOptions breakpoints;

    @Option(names = "--moore", paramLabel = "MONTHS", description = "draw a Moore's-law overlay with this doubling time")
    Double mooreMonths;

    @Mixin
    FigureOptions figure;

    @Mixin
    CurveOptions curveOptions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg, FILE.pdf, FILE.csv or FILE.json")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (FigureWriter.Format.of(out) == null) {
            throw new IllegalArgumentException("--out must end in .png, .svg, .pdf, .csv or .json: " + out);
        }
        FigureSettings fig = figure.toSettings(FigureSettings.DEFAULT.width(), FigureSettings.DEFAULT.height());
        PrintWriter err = spec.commandLine().getErr();
        if (curveOptions.curves) {
            CurvePlot.draw(data, curveOptions, fig, out, err);
            spec.commandLine().getOut().println(out);
            err.flush();
            return 0;
        }
        List<TrendDataset> sets = PlotInputs.datasets(data, new ColumnChoice(dateColumn, valueColumn, null), err);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot: no sweep given has a recipe that reached its target");
        }
        HardwareTrend moore = mooreMonths == null ? null
                : new HardwareTrend("Moore's law", mooreMonths, "user-set doubling time");
        FitOptions options = settings.toFitOptions();
        TrendChartComposer.Result result = new TrendChartComposer(new TrendFitter(ToolVersion.current()))
                .compose(sets.get(0).name(), sets, 0, options,
                        breakpoints.toBreakpointOptions(), moore, null, List.of(), ProgressSink.NONE,
                        CancellationToken.NEVER);
        FigureWriter.write(result.spec(), fig, out);
        err.println(result.readout());
        result.warningLines().forEach(w -> err.println("warning: " + w));
        spec.commandLine().getOut().println(out);
        err.flush();
        return 0;
    }
}
