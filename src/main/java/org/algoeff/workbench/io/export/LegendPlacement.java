// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.export;

import java.util.List;

import org.algoeff.workbench.analysis.plot.FigureSettings;
import org.algoeff.workbench.analysis.plot.FigureSettings.LegendPosition;
import org.algoeff.workbench.analysis.plot.PlotSpec;

/**
 * Lays out the figure around its legend: inside a corner (for {@link LegendPosition#AUTO} the corner that covers
 * no data, else outside right, or below when the entries are too wide for the side), outside right, below, or none.
 *
 * @param layout the plot area
 * @param legend the measured legend, or null when none is drawn
 * @param box    where the legend goes, or null
 * @param where  the position taken (never AUTO)
 */
record LegendPlacement(PlotLayout layout, Legend.Box legend, LabelLayout.Rect box, LegendPosition where) {
    /** An outside-right legend may take at most this share of the figure's width. */
    private static final double MAX_SIDE_SHARE = 0.38;

    static LegendPlacement choose(PlotSpec spec, FigureSettings fig) {
        double font = fig.fontPx();
        double w = fig.widthPx();
        double h = fig.heightPx();
        List<Legend.Row> rows = spec.showLegend() ? Legend.rows(spec) : List.of();
        LegendPosition want = fig.legend();
        if (rows.isEmpty() || want == LegendPosition.NONE) {
            return new LegendPlacement(PlotLayout.of(spec, w, h, font, 0, 0), null, null, LegendPosition.NONE);
        }
        if (want == LegendPosition.RIGHT) {
            return right(spec, rows, w, h, font);
        }
        if (want == LegendPosition.BELOW) {
            return below(spec, rows, w, h, font);
        }
        PlotLayout inside = PlotLayout.of(spec, w, h, font, 0, 0);
        double f = inside.scale();
        Legend.Box box = Legend.measure(rows, font, inside.plotW() * 0.7, false);
        if (want.inside()) {
            return new LegendPlacement(inside, box, LegendCorners.corner(inside, box.w(), box.h(), want), want);
        }
        if (box.w() <= inside.plotW() - 16 * f && box.h() <= inside.plotH() - 16 * f) {
            LegendCorners.Choice best = LegendCorners.best(spec, inside, box.w(), box.h());
            if (best.covered() == 0) {
                return new LegendPlacement(inside, box, best.box(), best.corner());
            }
        }
        LegendPlacement side = right(spec, rows, w, h, font);
        return side.legend().w() <= w * MAX_SIDE_SHARE ? side : below(spec, rows, w, h, font);
    }

    private static LegendPlacement right(PlotSpec spec, List<Legend.Row> rows, double w, double h, double font) {
        double f = font / 12;
        Legend.Box box = Legend.measure(rows, font, w * MAX_SIDE_SHARE, false);
        PlotLayout l = PlotLayout.of(spec, w, h, font, box.w() + 4 * f, 0);
        return new LegendPlacement(l, box, new LabelLayout.Rect(l.right() + 12 * f, l.top(), box.w(), box.h()),
                LegendPosition.RIGHT);
    }

    private static LegendPlacement below(PlotSpec spec, List<Legend.Row> rows, double w, double h, double font) {
        double f = font / 12;
        Legend.Box box = Legend.measure(rows, font, w - 24 * f, true);
        PlotLayout l = PlotLayout.of(spec, w, h, font, 0, box.h() + 6 * f);
        return new LegendPlacement(l, box, new LabelLayout.Rect((w - box.w()) / 2, h - box.h() - 6 * f, box.w(),
                box.h()), LegendPosition.BELOW);
    }
}
