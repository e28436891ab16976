// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.algoeff.workbench.analysis.plot.FitLine;
import org.algoeff.workbench.analysis.plot.PlotOverlay;
import org.algoeff.workbench.analysis.plot.PlotPoint;
import org.algoeff.workbench.analysis.plot.PlotSeries;
import org.algoeff.workbench.analysis.plot.PlotSpan;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.text.CsvFields;

/**
 * Exports the plotted numbers of a {@link PlotSpec}: CSV with one row per drawn vertex
 * ({@code element,name,x,y,label,highlighted,y_low,y_high}; x in decimal years on date axes, full double precision;
 * y_low and y_high are a point's error bar, empty for none), or the
 * whole spec as JSON (axes, series, fit with band, overlays, annotations) so a figure can be redrawn elsewhere.
 */
public final class PlotDataWriter {
    public static final String CSV_HEADER = "element,name,x,y,label,highlighted,y_low,y_high";

    private PlotDataWriter() {
    }

    public static String toCsv(PlotSpec spec) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (PlotSeries s : spec.series()) {
            rows(out, s.faint() ? "raw-series" : "series", s.name(), s.points());
        }
        for (FitLine f : spec.fits()) {
            rows(out, "fit", f.name(), f.line());
            rows(out, "band-low", f.name(), f.bandLow());
            rows(out, "band-high", f.name(), f.bandHigh());
        }
        for (PlotOverlay o : spec.overlays()) {
            rows(out, "overlay", o.name(), o.points());
        }
        spec.annotations().forEach(a -> row(out, "annotation", a.text(), new PlotPoint(a.x(), a.y())));
        for (PlotSpan span : spec.spans()) {
            row(out, "span-from", span.name(), new PlotPoint(span.from(), Double.NaN));
            row(out, "span-to", span.name(), new PlotPoint(span.to(), Double.NaN));
            if (span.hasLine()) {
                row(out, "span-at", span.name(), new PlotPoint(span.at(), Double.NaN));
            }
        }
        return out.toString();
    }

    public static void writeCsv(PlotSpec spec, Path file) throws IOException {
        Files.writeString(file, toCsv(spec), StandardCharsets.UTF_8);
    }

    public static void writeJson(PlotSpec spec, Path file) throws IOException {
        mapper().writeValue(file.toFile(), spec);
    }

    /** Reads a spec written by {@link #writeJson}. */
    public static PlotSpec readJson(Path file) throws IOException {
        return mapper().readValue(file.toFile(), PlotSpec.class);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static void rows(StringBuilder out, String element, String name, List<PlotPoint> points) {
        points.forEach(p -> row(out, element, name, p));
    }

    private static void row(StringBuilder out, String element, String name, PlotPoint p) {
        out.append(element).append(',').append(CsvFields.quote(name)).append(',')
                .append(String.format(Locale.ROOT, "%s,%s", Double.toString(p.x()), Double.toString(p.y())))
                .append(',').append(CsvFields.quote(p.label())).append(',').append(p.highlighted()).append(',')
                .append(p.hasErrorBar() ? Double.toString(p.yLow()) + ',' + p.yHigh() : ",").append('\n');
    }

}
