// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.SensitivityChart;
import org.algoeff.workbench.io.export.PlotDataWriter;
import org.algoeff.workbench.io.export.PngPlotWriter;
import org.algoeff.workbench.io.export.SvgPlotWriter;

/** Writes a chart the CLI draws (halving time vs target, effective compute) by the file's extension. */
final class SensitivityFigure {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private SensitivityFigure() {
    }

    /** The halving-time-vs-target chart of a metric's targets. */
    static PlotSpec spec(MetricTarget question, List<SensitivityChart.Series> series) {
        return SensitivityChart.spec("Halving time of compute to target vs the target",
                "target " + question.metric() + " (" + question.direction().operator() + ")", series);
    }

    /** PNG, SVG, CSV or JSON by the extension. */
    static void write(PlotSpec plot, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            PngPlotWriter.write(plot, WIDTH, HEIGHT, 1, out);
        } else if (name.endsWith(".svg")) {
            SvgPlotWriter.write(plot, WIDTH, HEIGHT, out);
        } else if (name.endsWith(".csv")) {
            PlotDataWriter.writeCsv(plot, out);
        } else if (name.endsWith(".json")) {
            PlotDataWriter.writeJson(plot, out);
        } else {
            throw new IllegalArgumentException("the figure must end in .png, .svg, .csv or .json: " + out);
        }
    }
}
