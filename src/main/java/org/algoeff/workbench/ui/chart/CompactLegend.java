// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * A legend that stays small: one short entry per curve (a swatch and the name, cut in the middle past
 * {@link #MAX_ENTRY_WIDTH} with the whole name as tooltip), packed into at most {@link #MAX_ROWS} rows; entries that
 * do not fit are counted in a last "+N more" entry whose tooltip names them. Clicking an entry hides or shows its
 * curve. ChartFX's legend gave every entry a 20-pixel symbol and a row of its own width, so a dozen runs took a
 * third of the chart. FX thread only.
 */
final class CompactLegend extends Region {
    static final int MAX_ROWS = 3;
    static final double MAX_ENTRY_WIDTH = 230;
    private static final double H_GAP = 12;
    private static final double V_GAP = 1;
    private static final Insets PADDING = new Insets(2, 6, 2, 6);
    private final Label more = new Label();
    private final List<Label> entries = new ArrayList<>();

    /** How an entry's swatch looks. */
    enum Swatch { LINE, DASHED, MARKER }

    /** One legend entry: the curve's name, its colour "#RRGGBB", and its swatch. */
    record Entry(String name, String color, Swatch swatch) {
    }

    CompactLegend() {
        getStyleClass().add("compact-legend");
        more.getStyleClass().add("compact-legend-item");
        setPadding(PADDING);
    }

    /** Replaces the entries; {@code onToggle} receives an entry's name when it is clicked. */
    void setEntries(List<Entry> list, Consumer<String> onToggle) {
        entries.clear();
        for (Entry e : list) {
            Label l = new Label(e.name(), swatch(e));
            l.getStyleClass().add("compact-legend-item");
            l.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            l.setMaxWidth(MAX_ENTRY_WIDTH);
            l.setTooltip(new Tooltip(e.name() + "\n(click to hide or show)"));
            l.setOnMouseClicked(ev -> {
                l.setOpacity(l.getOpacity() < 1 ? 1 : 0.4);
                onToggle.accept(e.name());
            });
            entries.add(l);
        }
        getChildren().setAll(entries);
        getChildren().add(more);
        requestLayout();
    }

    /** Names of the entries shown (not counted in "+N more"), in order; for tests. */
    List<String> shownNames() {
        return entries.stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private static Node swatch(Entry e) {
        Color c = Color.web(e.color());
        if (e.swatch() == Swatch.MARKER) {
            return new Circle(3.5, c);
        }
        Line line = new Line(0, 0, 16, 0);
        line.setStroke(c);
        line.setStrokeWidth(2.5);
        if (e.swatch() == Swatch.DASHED) {
            line.getStrokeDashArray().setAll(5.0, 3.0);
        }
        return line;
    }

    @Override
    protected double computePrefHeight(double width) {
        return pack(width > 0 ? width : getWidth(), false);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        pack(getWidth(), true);
    }

    /**
     * Packs the entries into rows of the given width (at most MAX_ROWS, the overflow counted by "+N more");
     * places them when {@code place}; returns the height used.
     */
    private double pack(double width, boolean place) {
        if (entries.isEmpty()) {
            more.setVisible(false);
            return 0;
        }
        double right = width - PADDING.getRight();
        double rowHeight = entries.get(0).prefHeight(-1);
        double x = PADDING.getLeft();
        int row = 0;
        List<Label> hidden = new ArrayList<>();
        for (Label l : entries) {
            double w = Math.min(MAX_ENTRY_WIDTH, l.prefWidth(-1));
            if (x > PADDING.getLeft() && x + w > right) {
                row++;
                x = PADDING.getLeft();
            }
            boolean fits = row < MAX_ROWS;
            if (place) {
                l.setVisible(fits);
                if (fits) {
                    l.resizeRelocate(x, y(row, rowHeight), w, rowHeight);
                }
            }
            if (!fits) {
                hidden.add(l);
            }
            x += w + H_GAP;
        }
        int rows = Math.min(row + 1, MAX_ROWS);
        if (place) {
            placeMore(hidden, rows, rowHeight, right);
        }
        return PADDING.getTop() + rows * rowHeight + (rows - 1) * V_GAP + PADDING.getBottom();
    }

    /** Shows "+N more" after the last shown entry, making room by hiding shown entries of the last row if needed. */
    private void placeMore(List<Label> hidden, int rows, double rowHeight, double right) {
        more.setVisible(!hidden.isEmpty());
        if (hidden.isEmpty()) {
            return;
        }
        List<Label> shown = entries.stream().filter(Node::isVisible).toList();
        int lastShown = shown.size() - 1;
        more.setText("+" + hidden.size() + " more");
        double w = more.prefWidth(-1);
        while (lastShown > 0 && shown.get(lastShown).getLayoutX() + shown.get(lastShown).getWidth() + H_GAP + w > right) {
            shown.get(lastShown).setVisible(false);
            hidden.add(0, shown.get(lastShown));
            lastShown--;
            more.setText("+" + hidden.size() + " more");
            w = more.prefWidth(-1);
        }
        Label last = shown.get(lastShown);
        more.resizeRelocate(last.getLayoutX() + last.getWidth() + H_GAP, y(rows - 1, rowHeight), w, rowHeight);
        more.setTooltip(new Tooltip(String.join("\n", hidden.stream().map(Label::getText).toList())));
    }

    private static double y(int row, double rowHeight) {
        return PADDING.getTop() + row * (rowHeight + V_GAP);
    }
}
