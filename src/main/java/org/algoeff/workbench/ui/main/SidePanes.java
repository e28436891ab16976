// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's three columns (sources, charts, settings) with side panes of a fixed width in pixels: the width the
 * user dragged them to, or the default, kept as the window grows or shrinks; the charts take the rest. When the
 * window is too narrow for both, the sides give way down to their minimum widths before the charts go below
 * theirs. (SplitPane's own divider fractions, set before the window had its real size, left a 20-pixel sources pane
 * after the window manager first showed the window at 200x200.) FX thread only.
 */
final class SidePanes {
    static final double SOURCES_MIN = 170;
    static final double SETTINGS_MIN = 260;
    static final double CHARTS_MIN = 420;
    static final double SOURCES_DEFAULT = 250;
    static final double SETTINGS_DEFAULT = 290;
    private final SplitPane split;
    private double sources = SOURCES_DEFAULT;
    private double settings = SETTINGS_DEFAULT;
    private boolean applying;
    private double appliedWidth = -1;
    private Runnable onDrag = () -> { };
    private final Region left;
    private final Region centre;
    private final Region right;

    SidePanes(Region left, Region centre, Region right) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        left.setMinWidth(SOURCES_MIN);
        right.setMinWidth(SETTINGS_MIN);
        centre.setMinWidth(CHARTS_MIN);
        split = new SplitPane(left, centre, right);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        split.widthProperty().addListener((obs, old, w) -> apply());
        InvalidationListener dragged = o -> recordDrag();
        split.getDividers().forEach(d -> d.positionProperty().addListener(dragged));
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(d -> d.positionProperty().addListener(dragged));
            }
        });
        apply();
    }

    /**
     * Shows or hides the settings pane on the right (it holds the trend chart's fit settings: the other tabs give
     * its width to their own content).
     */
    void setSettingsShown(boolean shown) {
        if (shown == split.getItems().contains(right)) {
            return;
        }
        if (shown) {
            split.getItems().setAll(left, centre, right);
        } else {
            split.getItems().setAll(left, centre);
        }
        apply();
    }

    SplitPane node() {
        return split;
    }

    /** Sets the side panes' widths in pixels (restored settings); the charts take the rest. */
    void setWidths(double sourcesWidth, double settingsWidth) {
        sources = Math.max(SOURCES_MIN, sourcesWidth);
        settings = Math.max(SETTINGS_MIN, settingsWidth);
        apply();
    }

    double sourcesWidth() {
        return sources;
    }

    double settingsWidth() {
        return settings;
    }

    private void apply() {
        double w = split.getWidth();
        if (!(w > 0)) {
            return;
        }
        boolean withSettings = split.getItems().contains(right);
        double l = sources;
        double r = withSettings ? settings : 0;
        double spare = w - CHARTS_MIN - l - r;
        if (spare < 0) {
            // Too narrow: take the shortfall from both sides in proportion to what they have above their minimum.
            double give = l - SOURCES_MIN + (withSettings ? r - SETTINGS_MIN : 0);
            double share = give > 0 ? Math.min(1, -spare / give) : 0;
            l -= (l - SOURCES_MIN) * share;
            r -= withSettings ? (r - SETTINGS_MIN) * share : 0;
        }
        applying = true;
        try {
            if (withSettings) {
                split.setDividerPositions(l / w, Math.max(l / w, 1 - r / w));
            } else {
                split.setDividerPositions(l / w);
            }
        } finally {
            applying = false;
        }
        appliedWidth = w;
    }

    /** A divider moved while the window kept its width: the user dragged it; remember the new widths. */
    private void recordDrag() {
        double w = split.getWidth();
        if (applying || w != appliedWidth || split.getDividers().isEmpty()) {
            return;
        }
        double[] p = split.getDividerPositions();
        sources = Math.max(SOURCES_MIN, p[0] * w);
        if (p.length > 1) {
            settings = Math.max(SETTINGS_MIN, (1 - p[1]) * w);
        }
        onDrag.run();
    }

    /** Called after the user dragged a divider. */
    void onDrag(Runnable then) {
        onDrag = then;
    }
}
