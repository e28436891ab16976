// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.Node;

import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.PlotDataWriter;
import org.algoeff.workbench.io.export.SvgPlotWriter;
import org.algoeff.workbench.ui.workspace.DialogService;

/**
 * The Export menu: PNG at a scale (snapshot of the chart node), SVG and CSV/JSON from the visible PlotSpec at the
 * chart's on-screen size, and copy image. Asks for the file through {@link DialogService}.
 */
public final class ExportActions {
    private final ExportService service;
    private final DialogService dialogs;
    private final Supplier<Node> chartNode;
    private final Supplier<PlotSpec> visibleSpec;

    public ExportActions(ExportService service, DialogService dialogs, Supplier<Node> chartNode,
                         Supplier<PlotSpec> visibleSpec) {
        this.service = service;
        this.dialogs = dialogs;
        this.chartNode = chartNode;
        this.visibleSpec = visibleSpec;
    }

    public void png(double scale) {
        dialogs.chooseSaveFile("Export PNG (" + (int) scale + "x)", ".png").ifPresent(p -> run(p, () ->
                service.writePng(service.snapshot(chartNode.get(), scale), p)));
    }

    public void svg() {
        PlotSpec spec = visibleSpec.get();
        if (spec == null) {
            return;
        }
        Node node = chartNode.get();
        int w = (int) Math.max(200, Math.round(node.getBoundsInLocal().getWidth()));
        int h = (int) Math.max(150, Math.round(node.getBoundsInLocal().getHeight()));
        dialogs.chooseSaveFile("Export SVG", ".svg").ifPresent(p -> run(p, () -> SvgPlotWriter.write(spec, w, h, p)));
    }

    public void csv() {
        PlotSpec spec = visibleSpec.get();
        if (spec != null) {
            dialogs.chooseSaveFile("Export plotted numbers (CSV)", ".csv")
                    .ifPresent(p -> run(p, () -> PlotDataWriter.writeCsv(spec, p)));
        }
    }

    public void json() {
        PlotSpec spec = visibleSpec.get();
        if (spec != null) {
            dialogs.chooseSaveFile("Export plot (JSON)", ".json")
                    .ifPresent(p -> run(p, () -> PlotDataWriter.writeJson(spec, p)));
        }
    }

    public void copyImage() {
        service.copyToClipboard(service.snapshot(chartNode.get(), 2));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void run(Path p, IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Export failed", p + ": " + e.getMessage());
        }
    }
}
