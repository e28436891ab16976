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
import org.algoeff.workbench.analysis.GroupFit;
import org.algoeff.workbench.analysis.HardwareTrends;
import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.dataset.TrendCsvReader;
import org.algoeff.workbench.model.HardwareTrend;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.model.ToolVersion;
import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** {@code algoeff fit DATA}: fits a doubling or halving time to a data-set CSV. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a doubling/halving time to dated compute values (log-linear least squares).",
            "DATA is a CSV with a date column and a compute column, found by header name or given."})
public final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "data-set CSV file")
    Path data;

    @Option(names = "--date-col", paramLabel = "C", description = "header of the date column")
    String dateColumn;

    @Option(names = "--value-col", paramLabel = "C", description = "header of the compute/value column")
    String valueColumn;

    @Option(names = "--label-col", paramLabel = "C", description = "header of the model-name column")
    String labelColumn;

    @Mixin
    FitSettingsOptions settings;

    @Option(names = "--hardware", paramLabel = "NAME", defaultValue = "Moore's law",
            description = "hardware trend to compare with (default: ${DEFAULT-VALUE}; also 'GPU FLOP/s per $', 'Peak FP32 FLOP/s')")
    String hardwareName;

    @Option(names = "--skip-bad-rows", description = "warn about malformed rows and fit the rest instead of failing")
    boolean skipBadRows;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        HardwareTrend hardware = HardwareTrends.named(hardwareName).orElseThrow(() -> new IllegalArgumentException(
                "unknown hardware trend '" + hardwareName + "'; known: "
                        + String.join(", ", HardwareTrends.all().stream().map(HardwareTrend::name).toList())));
        FitOptions options = settings.toFitOptions();
        TrendDataset dataset = read(err);
        if (dataset == null) {
            return 1;
        }
        TrendFitter fitter = new TrendFitter(ToolVersion.current());
        PrintWriter out = spec.commandLine().getOut();
        if (options.groupBy() == null) {
            TrendFit fit = fitter.fit(dataset, options, ProgressSink.NONE, CancellationToken.NEVER);
            out.print(json ? FitReport.json(dataset, fit, options, hardware) + System.lineSeparator()
                    : FitReport.table(dataset, fit, options, hardware));
            out.flush();
            return 0;
        }
        List<GroupFit> groups = fitter.fitEach(dataset, options, ProgressSink.NONE, CancellationToken.NEVER);
        out.print(json ? FitReport.json(dataset, groups, options, hardware) + System.lineSeparator()
                : FitReport.table(dataset, groups, options, hardware));
        out.flush();
        if (groups.stream().noneMatch(GroupFit::fitted)) {
            err.println("algoeff: no group of " + options.groupBy() + " has points on 2 or more dates");
            return 1;
        }
        return 0;
    }

    /** The data set, or null after printing why it cannot be fitted (the reader's problems go to stderr). */
    private TrendDataset read(PrintWriter err) throws java.io.IOException {
        ParseResult<TrendDataset> read = new TrendCsvReader(ToolVersion.current())
                .read(data, new ColumnChoice(dateColumn, valueColumn, labelColumn), CancellationToken.NEVER);
        List<Problem> errors = read.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (read.value().points().isEmpty() && errors.isEmpty()) {
            err.println("algoeff: " + data + ": no data points");
            return null;
        }
        if (read.value().points().isEmpty() || (!errors.isEmpty() && !skipBadRows)) {
            err.println("algoeff: " + errors.get(0).describe()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; --skip-bad-rows fits the rest)" : ""));
            return null;
        }
        read.problems().forEach(p -> err.println("warning: " + p.describe()));
        return read.value();
    }
}
