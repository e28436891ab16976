// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.lang.reflect.Field;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;

import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.CachedDataPoints;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;

/**
 * An error-surface renderer that fills the band with its colour at the exports' opacity ({@link #BAND_OPACITY}),
 * so the window's 95% band looks like the SVG/PNG/PDF one: ChartFX 11.3 always fills error surfaces with a hatch
 * pattern. The band's polygon is the same as ChartFX's (lower edge forward, upper edge back); ChartFX keeps the
 * pixel arrays in package-private fields, read here once per draw by reflection (its own method is used when they
 * cannot be read, e.g. after a ChartFX upgrade renames them).
 */
final class SolidBandRenderer extends ErrorDataSetRenderer {
    /** Opacity of a band's fill, the exports' (PlotPainter's) too. */
    static final double BAND_OPACITY = 0.18;
    private static final Field X = field("xValues");
    private static final Field LOW = field("errorYNeg");
    private static final Field HIGH = field("errorYPos");
    private static final Field COUNT = field("actualDataCount");

    SolidBandRenderer() {
        setErrorStyle(ErrorStyle.ERRORSURFACE);
        setDrawMarker(false);
        setPointReduction(false);
    }

    private static Field field(String name) {
        try {
            Field f = CachedDataPoints.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void drawErrorSurface(GraphicsContext gc, DataSetNode style, CachedDataPoints points) {
        double[] x;
        double[] low;
        double[] high;
        int n;
        try {
            x = (double[]) X.get(points);
            low = (double[]) LOW.get(points);
            high = (double[]) HIGH.get(points);
            n = COUNT.getInt(points);
        } catch (ReflectiveOperationException | RuntimeException e) {
            super.drawErrorSurface(gc, style, points);
            return;
        }
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = low[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = high[i];
        }
        Paint line = style.getLineColor();
        Color c = line instanceof Color col ? col : Color.GRAY;
        gc.save();
        gc.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), BAND_OPACITY));
        gc.setFillRule(FillRule.NON_ZERO);
        gc.fillPolygon(px, py, 2 * n);
        gc.restore();
        drawPolyLine(gc, style, points);
        drawBars(gc, style, points);
        drawMarker(gc, style, points);
        drawBubbles(gc, style, points);
    }
}
