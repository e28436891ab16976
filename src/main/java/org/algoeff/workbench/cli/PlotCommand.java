// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.TrendChartComposer;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.export.PlotDataWriter;
import org.algoeff.workbench.io.export.PngPlotWriter;
import org.algoeff.workbench.io.export.SvgPlotWriter;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * {@code algoeff plot DATA... --out FILE}: draws the efficiency-trend chart the window shows (same PlotSpec) to
 * PNG (java.awt, works with no display), SVG, or the plotted numbers as CSV/JSON, chosen by the file extension.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw the efficiency-trend chart of data-set CSVs to PNG, SVG, CSV or JSON (no display needed).")
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "data-set CSV files or sweep output folders (algoeff sweep --out); the first data set is fitted (its rows filtered and grouped by --where/--group-by)")
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

    @Option(names = "--title", paramLabel = "T", description = "chart title")
    String title;

    @Option(names = "--width", paramLabel = "W", defaultValue = "960", description = "width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "540", description = "height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "PNG pixel scale, e.g. 2 (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg, FILE.csv or FILE.json")
    Path out;

    @Override
    public Integer call() throws Exception {
        String kind = extension(out);
        if (!List.of("png", "svg", "csv", "json").contains(kind)) {
            throw new IllegalArgumentException("--out must end in .png, .svg, .csv or .json: " + out);
        }
        if (width < 100 || height < 100 || width > 20000 || height > 20000) {
            throw new IllegalArgumentException("--width and --height must be between 100 and 20000 pixels");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<TrendDataset> sets = PlotInputs.datasets(data, new ColumnChoice(dateColumn, valueColumn, null), err);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot: no sweep given has a recipe that reached its target");
        }
        HardwareTrend moore = mooreMonths == null ? null
                : new HardwareTrend("Moore's law", mooreMonths, "user-set doubling time");
        FitOptions options = settings.toFitOptions();
        TrendChartComposer.Result result = new TrendChartComposer(new TrendFitter(ToolVersion.current()))
                .compose(title == null ? sets.get(0).name() : title, sets, 0, options,
                        breakpoints.toBreakpointOptions(), moore, null, List.of(), ProgressSink.NONE,
                        CancellationToken.NEVER);
        write(result.spec(), kind);
        err.println(result.readout());
        result.warningLines().forEach(w -> err.println("warning: " + w));
        spec.commandLine().getOut().println(out);
        err.flush();
        return 0;
    }

    private void write(PlotSpec plot, String kind) throws java.io.IOException {
        switch (kind) {
            case "png" -> PngPlotWriter.write(plot, width, height, scale, out);
            case "svg" -> SvgPlotWriter.write(plot, width, height, out);
            case "csv" -> PlotDataWriter.writeCsv(plot, out);
            default -> PlotDataWriter.writeJson(plot, out);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
