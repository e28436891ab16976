// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import org.algoeff.workbench.analysis.plot.PlotPalette;
import org.algoeff.workbench.analysis.plot.PlotSpec;
import org.algoeff.workbench.io.export.LabelLayout;
import org.algoeff.workbench.io.export.Legend;
import org.algoeff.workbench.io.export.LegendCorners;
import org.algoeff.workbench.io.export.PlotLayout;

/**
 * The chart's legend drawn as the exports draw it: the same entries ({@link Legend#rows}) with the same symbols
 * (circle, frontier circle, run diamond, line, dashed line, band, span), inside the plot in the corner that covers
 * the fewest data ({@link LegendCorners}, the exports' rule). ChartFX's own legend sat below the plot with error-bar
 * crosses as symbols. FX thread only.
 */
final class SpecLegend extends VBox {
    private PlotSpec placedFor;
    private double plotWidth;
    private double plotHeight;

    SpecLegend() {
        getStyleClass().add("spec-legend");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(1);
        setMouseTransparent(true);
        setManaged(false);
        // Unmanaged, so nothing lays it out again when its labels get their CSS (fonts) after the first placing:
        // the corner is chosen again whenever its size changes, or it would keep a size measured before styling.
        layoutBoundsProperty().addListener((obs, old, now) -> {
            if (placedFor != null && (old.getWidth() != now.getWidth() || old.getHeight() != now.getHeight())) {
                place(placedFor, plotWidth, plotHeight);
            }
        });
    }

    void setSpec(PlotSpec spec) {
        List<Legend.Row> rows = spec == null || !spec.showLegend() ? List.of() : Legend.rows(spec);
        getChildren().setAll(rows.stream().map(SpecLegend::entry).toList());
        setVisible(!rows.isEmpty());
        autosize();
    }

    /** Moves the legend into the best corner of a plot area {@code w} x {@code h} showing {@code visible}. */
    void place(PlotSpec visible, double w, double h) {
        if (visible == null || getChildren().isEmpty() || w < 50 || h < 50) {
            return;
        }
        placedFor = visible;
        plotWidth = w;
        plotHeight = h;
        applyCss();
        autosize();
        PlotLayout canvas = new PlotLayout(w, h, 0, 0, w, h, 12, 0);
        LabelLayout.Rect r = LegendCorners.best(visible, canvas, getWidth(), getHeight()).box();
        relocate(Math.max(0, r.x()), Math.max(0, r.y()));
        toFront();
    }

    private static Label entry(Legend.Row row) {
        Label l = new Label(row.text(), symbol(row));
        l.getStyleClass().add("spec-legend-item");
        return l;
    }

    private static Node symbol(Legend.Row row) {
        Color c = Color.web(row.color());
        Node shape = switch (row.kind()) {
            case MARKER -> circle(4, c, Color.WHITE, 1);
            case FRONTIER -> circle(6, c, Color.web("#222222"), 1.6);
            case ANNOTATION -> diamond(6, c);
            case LINE -> line(c, false, 2);
            case DASHED -> line(c, true, 1.6);
            case BAND -> new Group(rect(18, 10, c, 0.18), line(c, false, 2));
            case SPAN -> rect(12, 12, Color.web(PlotPalette.SPAN), 0.3);
        };
        // Every symbol in an 18 x 12 box so the texts line up.
        Group g = new Group(new Rectangle(18, 12, Color.TRANSPARENT), shape);
        shape.setLayoutX(9 - shape.getLayoutBounds().getCenterX());
        shape.setLayoutY(6 - shape.getLayoutBounds().getCenterY());
        return g;
    }

    private static Node circle(double r, Color fill, Color stroke, double width) {
        Circle c = new Circle(r, fill);
        c.setStroke(stroke);
        c.setStrokeWidth(width);
        return c;
    }

    private static Node diamond(double r, Color fill) {
        Polygon p = new Polygon(0, -r, r, 0, 0, r, -r, 0);
        p.setFill(fill);
        p.setStroke(Color.web("#222222"));
        return p;
    }

    private static Node line(Color c, boolean dashed, double width) {
        Line l = new Line(0, 0, 18, 0);
        l.setStroke(c);
        l.setStrokeWidth(width);
        if (dashed) {
            l.getStrokeDashArray().setAll(7.0, 4.0);
        }
        return l;
    }

    private static Node rect(double w, double h, Color c, double opacity) {
        Rectangle r = new Rectangle(w, h, c);
        r.setOpacity(opacity);
        return r;
    }
}
