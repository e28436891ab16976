// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import java.util.List;
import java.util.Objects;

/**
 * Everything one chart shows, as plain data: the screen, the SVG writer, the PNG rasteriser and the CLI
 * all draw from the same spec, so an export is exactly what is on screen.
 *
 * @param title       chart title (may be empty)
 * @param x           horizontal axis
 * @param y           vertical axis
 * @param series      point or line series, in drawing order
 * @param fits        fitted trend lines with their 95% bands (usually zero or one)
 * @param overlays    reference lines such as Moore's law or a target value
 * @param annotations text notes at data coordinates
 * @param showLegend  whether a legend box is drawn
 * @param spans       x intervals shaded across the plot's height, drawn under everything else (break intervals)
 * @param annotationName legend text of the annotations' markers ("runs", "reached target")
 */
public record PlotSpec(String title, PlotAxis x, PlotAxis y, List<PlotSeries> series, List<FitLine> fits,
                       List<PlotOverlay> overlays, List<PlotAnnotation> annotations, boolean showLegend,
                       List<PlotSpan> spans, String annotationName) {
    /** Legend text of annotations when a chart names them no other way. */
    public static final String RUNS = "runs";

    public PlotSpec {
        annotationName = annotationName == null || annotationName.isBlank() ? RUNS : annotationName;
        title = title == null ? "" : title;
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        series = List.copyOf(series);
        fits = List.copyOf(fits);
        overlays = List.copyOf(overlays);
        annotations = List.copyOf(annotations);
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** A spec without shaded spans. */
    public PlotSpec(String title, PlotAxis x, PlotAxis y, List<PlotSeries> series, List<FitLine> fits,
                    List<PlotOverlay> overlays, List<PlotAnnotation> annotations, boolean showLegend) {
        this(title, x, y, series, fits, overlays, annotations, showLegend, List.of(), RUNS);
    }

    /** A spec whose annotations are run markers. */
    public PlotSpec(String title, PlotAxis x, PlotAxis y, List<PlotSeries> series, List<FitLine> fits,
                    List<PlotOverlay> overlays, List<PlotAnnotation> annotations, boolean showLegend,
                    List<PlotSpan> spans) {
        this(title, x, y, series, fits, overlays, annotations, showLegend, spans, RUNS);
    }

    /** The same spec with other axis bounds (zoomed or panned view). */
    public PlotSpec withBounds(double xMin, double xMax, double yMin, double yMax) {
        return new PlotSpec(title, x.withBounds(xMin, xMax), y.withBounds(yMin, yMax), series, fits, overlays,
                annotations, showLegend, spans, annotationName);
    }

    /** The same spec with another title. */
    public PlotSpec withTitle(String newTitle) {
        return new PlotSpec(newTitle, x, y, series, fits, overlays, annotations, showLegend, spans, annotationName);
    }

    /** The same spec with other axis titles. */
    public PlotSpec withAxisLabels(String xLabel, String yLabel) {
        return new PlotSpec(title, x.withLabel(xLabel), y.withLabel(yLabel), series, fits, overlays, annotations,
                showLegend, spans, annotationName);
    }

    /** The same spec naming its annotations' markers {@code name} in the legend. */
    public PlotSpec withAnnotationName(String name) {
        return new PlotSpec(title, x, y, series, fits, overlays, annotations, showLegend, spans, name);
    }
}
