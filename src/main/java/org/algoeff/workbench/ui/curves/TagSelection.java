// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.curves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which series (tags) the curve chart plots: every tag of the loaded runs, a filter on them (a regular expression
 * found anywhere in the tag, case-insensitive, as TensorBoard's tag filter), the ticked tags, and the plotted ones:
 * ticked and matching, in the runs' tag order. A filter that is not a valid expression keeps the last valid one and
 * says why. When no loaded series is ticked, the first loss series is (else the first one). FX thread only; no Nodes.
 */
public final class TagSelection {
    private final ObservableList<String> all = FXCollections.observableArrayList();
    private final ObservableList<String> ticked = FXCollections.observableArrayList();
    private final ObservableList<String> matching = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private Pattern pattern;

    TagSelection() {
        filter.addListener((Observable o) -> refilter());
    }

    /**
     * Sets the tags of the loaded runs. Ticks of tags not loaded are kept (a workspace ticks its series before its
     * runs have loaded); when no loaded tag is ticked, the default is.
     */
    void setAll(Collection<String> tags) {
        all.setAll(tags);
        if (ticked.stream().noneMatch(all::contains)) {
            all.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("loss")).findFirst()
                    .or(() -> all.stream().findFirst()).ifPresent(ticked::add);
        }
        refilter();
    }

    private void refilter() {
        String text = filter.get() == null ? "" : filter.get().strip();
        try {
            pattern = text.isEmpty() ? null : Pattern.compile(text, Pattern.CASE_INSENSITIVE);
            filterError.set("");
        } catch (PatternSyntaxException e) {
            filterError.set("not a regular expression: " + e.getDescription());
        }
        List<String> shown = all.stream().filter(this::matches).toList();
        if (!shown.equals(matching)) {
            matching.setAll(shown);
        }
    }

    private boolean matches(String tag) {
        return pattern == null || pattern.matcher(tag).find();
    }

    /** The tags plotted: ticked and matching the filter, in the runs' order. */
    public List<String> plotted() {
        List<String> out = new ArrayList<>();
        for (String t : all) {
            if (ticked.contains(t) && matches(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Ticks or unticks one tag. */
    public void tick(String tag, boolean on) {
        if (on && !ticked.contains(tag) && all.contains(tag)) {
            ticked.add(tag);
        } else if (!on) {
            ticked.remove(tag);
        }
    }

    /** Ticks every tag the filter matches, or unticks them (the others keep their ticks). */
    public void tickAllMatching(boolean on) {
        for (String t : List.copyOf(matching)) {
            tick(t, on);
        }
    }

    /** Every tag of the loaded runs. */
    public ObservableList<String> all() {
        return all;
    }

    /** The ticked tags (whether or not the filter shows them). */
    public ObservableList<String> ticked() {
        return ticked;
    }

    /** The tags the filter matches: what the series list shows. */
    public ObservableList<String> matching() {
        return matching;
    }

    /** The tag filter: a regular expression, "" for every tag. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Why the filter is not used ("" when it is valid). */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }
}
