// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.analysis.plot.CurveChartComposer;
import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.LogReaders;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.export.FigureWriter;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** {@code algoeff plot --curves}: loads the logs and draws their curves through the curves tab's composer. */
final class CurvePlot {
    private CurvePlot() {
    }

    static void draw(List<Path> paths, CurveOptions options, FigureSettings fig, Path out, PrintWriter err)
            throws IOException {
        CurveChartComposer.Settings settings = options.toSettings();
        LoadReport report = new RunLoader(LogReaders.all(null), LogReaders.eventFolderReader())
                .load(paths, ProgressSink.NONE, CancellationToken.NEVER);
        report.problems().forEach(p -> err.println("warning: " + p.describe()));
        List<Run> runs = report.runs();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs could be read from " + paths);
        }
        List<CurveChartComposer.Input> inputs = runs.stream()
                .map(r -> new CurveChartComposer.Input(r.name(), r, options.compute())).toList();
        CurveChartComposer.Prepared prepared = CurveChartComposer.curves(inputs, settings, CancellationToken.NEVER);
        if (!prepared.noCompute().isEmpty()) {
            err.println("warning: " + prepared.noCompute().size() + " run(s) not drawn: no compute (log FLOPs or give "
                    + "--flops-per-step): " + String.join(", ", prepared.noCompute()));
        }
        if (prepared.curves().isEmpty()) {
            throw new IllegalArgumentException("none of the runs has the series " + settings.tags()
                    + (runs.get(0).tags().isEmpty() ? "" : "; the first run has " + runs.get(0).tags()));
        }
        PlotSpec spec = CurveChartComposer.spec(prepared.curves(), settings, (int) Math.round(fig.widthPx()));
        FigureWriter.write(spec, fig, out);
        err.println(prepared.curves().size() + " curve(s) of " + runs.size() + " run(s)");
    }
}
