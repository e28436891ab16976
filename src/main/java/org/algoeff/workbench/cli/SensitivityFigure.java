// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.analysis.plot.SensitivityChart;
import org.algoeff.workbench.io.export.FigureWriter;

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

    /** PNG, SVG, PDF, CSV or JSON by the extension, with the figure options given (this chart's size by default). */
    static void write(PlotSpec plot, FigureOptions figure, Path out) throws IOException {
        FigureWriter.write(plot, figure.toSettings(WIDTH, HEIGHT), out);
    }
}
