// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Writes a chart in the format its file name asks for (PNG, SVG, PDF, or the plotted numbers as CSV/JSON), the one
 * entry point for {@code algoeff plot} and the window's Export menu so both write the same file.
 */
public final class FigureWriter {
    /** Longest proposed file name stem. */
    private static final int MAX_NAME = 60;

    private FigureWriter() {
    }

    /** The output kinds, by extension. */
    public enum Format {
        PNG("png", "PNG image"), SVG("svg", "SVG vector image"), PDF("pdf", "PDF vector figure"),
        CSV("csv", "plotted numbers (CSV)"), JSON("json", "plot as JSON");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        /** "png", without the dot. */
        public String extension() {
            return extension;
        }

        public String description() {
            return description;
        }

        /** The format {@code file}'s extension names, or null for none of them. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Writes by {@code file}'s extension; an unknown extension is refused naming the ones known. */
    public static void write(PlotSpec spec, FigureSettings fig, Path file) throws IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new IllegalArgumentException(file + ": the file name must end in .png, .svg, .pdf, .csv or .json");
        }
        write(spec, fig, file, format);
    }

    public static void write(PlotSpec spec, FigureSettings fig, Path file, Format format) throws IOException {
        switch (format) {
            case PNG -> PngPlotWriter.write(spec, fig, file);
            case SVG -> SvgPlotWriter.write(spec, fig, file);
            case PDF -> PdfPlotWriter.write(spec, fig, file);
            case CSV -> PlotDataWriter.writeCsv(fig.apply(spec), file);
            default -> PlotDataWriter.writeJson(fig.apply(spec), file);
        }
    }

    /** A file name for a chart titled {@code title}: "Compute to AlexNet (HB20)" gives "compute-to-alexnet-hb20.pdf". */
    public static String suggestedName(String title, Format format) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "chart" : slug) + "." + format.extension();
    }

    /**
     * {@code file} ending in {@code format}'s extension: kept when it does, the extension added when it has none of
     * the known ones, a known but wrong one replaced ("fig.png" asked as SVG becomes "fig.svg").
     */
    public static Path withExtension(Path file, Format format) {
        String name = file.getFileName().toString();
        Format has = Format.of(file);
        if (has == format) {
            return file;
        }
        String stem = has == null ? name : name.substring(0, name.length() - has.extension().length() - 1);
        return file.resolveSibling(stem + "." + format.extension());
    }
}
