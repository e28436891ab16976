// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.embed.swing.SwingFXUtils;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.FigureWriter;
import org.algoeff.workbench.io.export.FigureWriter.Format;
import org.algoeff.workbench.io.export.PngPlotWriter;
import org.algoeff.workbench.ui.FxThread;
import org.algoeff.workbench.ui.task.TaskRunner;
import org.algoeff.workbench.ui.workspace.DialogService;

/**
 * The Export menu: the visible chart's PlotSpec (with its zoom) written through {@link FigureWriter} with the
 * workspace's {@link FigureSettings}, exactly as {@code algoeff plot} writes it: PNG painted at the figure's DPI
 * (or 2x/3x of 96), vector SVG and PDF, the plotted numbers as CSV/JSON; copy image. The save dialog proposes a name
 * from the chart's title, a wrong or missing extension is corrected (and said so), and the status line says where
 * the file went. FX thread only.
 */
public final class ExportActions {
    private final ExportService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<PlotSpec> visibleSpec;
    private final ObjectProperty<FigureSettings> figure;
    private final Consumer<String> status;

    public ExportActions(ExportService service, TaskRunner runner, DialogService dialogs,
                         Supplier<PlotSpec> visibleSpec, ObjectProperty<FigureSettings> figure,
                         Consumer<String> status) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.visibleSpec = visibleSpec;
        this.figure = figure;
        this.status = status;
    }

    /** PNG at the figure's DPI. */
    public void png() {
        export(Format.PNG, figure.get());
    }

    /** PNG at {@code scale} times 96 dpi (2x, 3x for screens and slides). */
    public void png(double scale) {
        export(Format.PNG, figure.get().withDpi((int) Math.round(FigureSettings.PX_PER_INCH * scale)));
    }

    public void svg() {
        export(Format.SVG, figure.get());
    }

    public void pdf() {
        export(Format.PDF, figure.get());
    }

    public void csv() {
        export(Format.CSV, figure.get());
    }

    public void json() {
        export(Format.JSON, figure.get());
    }

    /**
     * Asks for a file and writes the visible chart to it in the background (a 1200 dpi PNG takes seconds); returns
     * the file it goes to (empty when cancelled); the status bar says when it is written.
     */
    public Optional<Path> export(Format format, FigureSettings fig) {
        FxThread.assertFxThread();
        PlotSpec spec = visibleSpec.get();
        if (spec == null) {
            status.accept("nothing to export: no chart on this tab");
            return Optional.empty();
        }
        String title = "Export " + format.description() + (format == Format.PNG ? " (" + fig.dpi() + " dpi)" : "");
        Optional<Path> chosen = dialogs.chooseSaveFile(title, "." + format.extension(),
                FigureWriter.suggestedName(fig.apply(spec).title(), format));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path asked = chosen.get();
        Path file = FigureWriter.withExtension(asked, format);
        String had = extensionOf(asked);
        String corrected = file.equals(asked) ? "" : had.isEmpty() ? " (." + format.extension() + " added)"
                : " (the name ended in '" + had + "'; written as ." + format.extension() + ")";
        status.accept("writing " + file.getFileName() + "...");
        runner.run("Exporting " + file.getFileName(), (progress, cancel) -> {
            FigureWriter.write(spec, fig, file, format);
            return file;
        }, written -> status.accept("saved to " + written.toAbsolutePath() + corrected), failure -> {
            status.accept("export failed: " + file.getFileName());
            dialogs.showError("Export failed", file + ": " + failure.getMessage());
        });
        return Optional.of(file);
    }

    /** Puts the visible chart, painted at 2x, on the clipboard. */
    public void copyImage() {
        PlotSpec spec = visibleSpec.get();
        if (spec != null) {
            FigureSettings fig = figure.get().withDpi((int) Math.round(2 * FigureSettings.PX_PER_INCH));
            service.copyToClipboard(SwingFXUtils.toFXImage(PngPlotWriter.render(spec, fig), null));
            status.accept("copied the chart to the clipboard");
        }
    }

    /** Opens the figure dialog; the settings chosen are kept in the workspace. */
    public void figureSettings(javafx.stage.Window owner) {
        FigureDialog.ask(owner, figure.get()).ifPresent(f -> {
            figure.set(f);
            status.accept("figure: " + f.describe() + ", legend " + f.legend().id());
        });
    }

    private static String extensionOf(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
