// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.ui.runs.RunDateDialog;

/**
 * The sources tree: each source with format, points and a problems badge; its runs and problems below it.
 * Right-click a source to hide or remove it, a run to rename it, set its date or hide it.
 */
public final class SourcesView {
    private final SourcesViewModel vm;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("sources"));

    public SourcesView(SourcesViewModel vm) {
        this.vm = vm;
        tree.setShowRoot(false);
        tree.setId("sources");
        tree.setCellFactory(t -> new Cell());
        vm.items().addListener((ListChangeListener<SourceItem>) c -> rebuild());
        rebuild();
    }

    public Node node() {
        return tree;
    }

    private void rebuild() {
        tree.getRoot().getChildren().clear();
        for (SourceItem s : vm.items()) {
            TreeItem<Object> item = new TreeItem<>(s);
            s.runs().forEach(r -> item.getChildren().add(new TreeItem<>(r)));
            s.problems().forEach(p -> item.getChildren().add(new TreeItem<>(new ProblemRow(s, p))));
            if (!s.skipped().isEmpty()) {
                item.getChildren().add(new TreeItem<>(new SkippedRow(s)));
            }
            item.setExpanded(!s.problems().isEmpty() || s.runs().size() <= 8);
            tree.getRoot().getChildren().add(item);
        }
    }

    /** A problem shown under its source (which names the file in a folder). */
    private record ProblemRow(SourceItem source, Problem problem) {
    }

    /** The files of a dropped folder that were not read (the tooltip lists them with the reasons). */
    private record SkippedRow(SourceItem source) {
    }

    /** Renders sources, runs and problems; builds their context menus. */
    private final class Cell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            textProperty().unbind();
            getStyleClass().removeAll("problem-row", "hidden-row");
            setContextMenu(null);
            setTooltip(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            if (value instanceof SourceItem s) {
                String badge = s.problems().isEmpty() ? "" : "  ⚠ " + s.problems().size();
                setText(s.shortName() + "  [" + s.format() + ", " + s.points() + " pts]" + badge);
                setTooltip(new Tooltip(s.tooltip()));
                List<MenuItem> actions = new ArrayList<>(List.of(
                        item("Hide / show", () -> s.hidden().set(!s.hidden().get())),
                        item("Remove", () -> vm.remove(s))));
                if (s.isCsvFile()) {
                    actions.add(item("Date and value columns…", () -> vm.readHeader(s,
                            header -> ColumnDialog.ask(s.path(), vm.chosenColumns(s.path()), header).ifPresent(c -> vm.chooseColumns(s, c[0], c[1])))));
                }
                if (!s.isCsvFile() && !s.csvLogs().isEmpty()) {
                    actions.add(item("Read a CSV in it as a data set…", () -> chooseCsvIn(s)));
                }
                setContextMenu(menu(actions.toArray(MenuItem[]::new)));
            } else if (value instanceof RunItem r) {
                textProperty().bind(r.displayNameProperty().concat(r.dateProperty().map(d -> "  (" + d + ")")
                                .orElse(r.recordedDate() == null ? "  (no date)" : "  (" + r.recordedDate().date() + ")"))
                        .concat(r.hiddenProperty().map(h -> h ? "  hidden" : "")));
                setContextMenu(menu(item("Rename…", () -> ask("Rename run", r.displayNameProperty().get())
                                .ifPresent(r.displayNameProperty()::set)),
                        item("Set date…", () -> RunDateDialog.ask(tree.getScene() == null ? null
                                : tree.getScene().getWindow(), r.displayNameProperty().get(), r.effectiveDate(),
                                r.recordedDate()).ifPresent(a -> r.dateProperty().set(a.date()))),
                        item("Hide / show", () -> r.hiddenProperty().set(!r.hiddenProperty().get()))));
            } else if (value instanceof ProblemRow p) {
                String text = p.source().problemText(p.problem());
                setText(text);
                setTooltip(new Tooltip(text));
                getStyleClass().add("problem-row");
            } else if (value instanceof SkippedRow k) {
                setText(k.source().skipped().size() + " file(s) skipped (not logs); hover for the list");
                setTooltip(new Tooltip(k.source().tooltip()));
            }
        }
    }

    /** A folder source: which of its CSV logs to read as a data set, then its date and value columns. */
    private void chooseCsvIn(SourceItem folder) {
        List<Path> csvs = folder.csvLogs();
        List<String> names = csvs.stream().map(folder::relativeName).toList();
        ChoiceDialog<String> pick = new ChoiceDialog<>(names.get(0), names);
        pick.setHeaderText("Which CSV file of " + folder.shortName() + " is a data set?");
        pick.showAndWait().ifPresent(name -> {
            Path csv = csvs.get(names.indexOf(name));
            vm.readHeader(csv, header -> ColumnDialog.ask(csv, vm.chosenColumns(csv), header)
                    .ifPresent(c -> vm.chooseColumnsInFolder(folder, csv, c[0], c[1])));
        });
    }

    private static java.util.Optional<String> ask(String title, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.setHeaderText(title);
        return d.showAndWait();
    }

    private static ContextMenu menu(MenuItem... items) {
        return new ContextMenu(items);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}
