// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import io.fair_acc.chartfx.plugins.Zoomer;

/**
 * The mouse gestures of every chart in the window, as docs/window.md lists them: drag zooms to the box,
 * right-drag (or middle-drag) pans, the wheel zooms about the pointer, a right-click without moving goes back one
 * zoom step. ChartFX's defaults zoomed out on every right-button release, so a right-drag reset the view.
 */
final class ChartGestures {
    private ChartGestures() {
    }

    static Zoomer zoomer() {
        Zoomer zoomer = new Zoomer();
        zoomer.setSliderVisible(false);
        zoomer.setAnimated(false);
        zoomer.setPannerEnabled(true);
        zoomer.setPanMouseFilter(e -> (e.isSecondaryButtonDown() || e.isMiddleButtonDown()) && !e.isPrimaryButtonDown()
                && noModifiers(e) && onPlot(zoomer, e));
        zoomer.setZoomOutMouseFilter(e -> e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()
                && noModifiers(e) && onPlot(zoomer, e));
        return zoomer;
    }

    /** ChartFX hands plugins the scene's mouse events too: only those over this chart's plot count. */
    private static boolean onPlot(Zoomer zoomer, MouseEvent e) {
        if (zoomer.getChart() == null) {
            return false;
        }
        Canvas canvas = zoomer.getChart().getCanvas();
        Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        return local != null && canvas.getBoundsInLocal().contains(local);
    }

    private static boolean noModifiers(MouseEvent e) {
        return !e.isShiftDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
    }
}
