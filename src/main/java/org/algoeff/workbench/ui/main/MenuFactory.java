// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.main;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

import org.algoeff.workbench.ui.export.ExportActions;
import org.algoeff.workbench.ui.workspace.DialogService;
import org.algoeff.workbench.ui.workspace.WorkspaceViewModel;

/** Builds the menu bar (with keyboard shortcuts) and the toolbar; every item calls a ViewModel or export action. */
public final class MenuFactory {
    private final MainViewModel vm;
    private final MainView view;
    private final ExportActions export;
    private final DialogService dialogs;
    private final Runnable quit;

    public MenuFactory(MainViewModel vm, MainView view, ExportActions export, DialogService dialogs, Runnable quit) {
        this.vm = vm;
        this.view = view;
        this.export = export;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    public Node build() {
        return new VBox(menuBar(), toolBar());
    }

    private MenuBar menuBar() {
        Menu recent = new Menu("Open recent");
        vm.sources().recent().addListener((ListChangeListener<Path>) c -> recent.getItems().setAll(
                vm.sources().recent().stream().map(p -> item(p.toString(), null, () -> vm.sources().load(List.of(p))))
                        .toList()));
        WorkspaceViewModel ws = vm.workspace();
        Menu file = new Menu("File", null,
                item("Open files…", "Shortcut+O", this::openFiles),
                item("Open folder…", "Shortcut+Shift+O", this::openFolder),
                recent, new SeparatorMenuItem(),
                item("Open workspace…", "Shortcut+Shift+W", () -> dialogs.chooseOpenFile("Open workspace",
                        WorkspaceViewModel.EXTENSION).ifPresent(ws::open)),
                item("Save workspace", "Shortcut+S", ws::save),
                item("Save workspace as…", "Shortcut+Shift+S", () -> dialogs.chooseSaveFile("Save workspace as",
                        WorkspaceViewModel.EXTENSION).ifPresent(ws::saveAs)),
                new SeparatorMenuItem(), item("Quit", "Shortcut+Q", quit));
        Menu exportMenu = new Menu("Export", null,
                item("Figure settings…", null, () -> export.figureSettings(view.root().getScene().getWindow())),
                new SeparatorMenuItem(),
                item("PNG (figure dpi)…", "Shortcut+E", export::png),
                item("PNG (2x)…", "Shortcut+Shift+E", () -> export.png(2)),
                item("PNG (3x)…", null, () -> export.png(3)),
                item("SVG (vector)…", "Shortcut+Alt+E", export::svg),
                item("PDF (vector)…", "Shortcut+Alt+P", export::pdf),
                item("Plotted numbers as CSV…", null, export::csv),
                item("Plot as JSON…", null, export::json),
                item("Copy image", "Shortcut+Shift+C", export::copyImage));
        Menu viewMenu = new Menu("View", null,
                item("Efficiency trend", "Shortcut+1", () -> view.selectTab(0)),
                item("Training curves", "Shortcut+2", () -> view.selectTab(1)),
                item("Runs", "Shortcut+3", () -> view.selectTab(2)),
                item("Reruns", "Shortcut+4", () -> view.selectTab(3)),
                item("Reset zoom", "Shortcut+0", view::resetZoom),
                new SeparatorMenuItem(),
                item("Light theme", null, () -> ws.themeProperty().set("light")),
                item("Dark theme", "Shortcut+Shift+D", () -> ws.themeProperty().set(
                        "dark".equals(ws.themeProperty().get()) ? "light" : "dark")));
        return new MenuBar(file, exportMenu, viewMenu);
    }

    private ToolBar toolBar() {
        return new ToolBar(button("Open…", this::openFiles), button("Save", vm.workspace()::save),
                button("PNG 2x", () -> export.png(2)), button("SVG", export::svg), button("PDF", export::pdf),
                button("Figure…", () -> export.figureSettings(view.root().getScene().getWindow())),
                button("Copy", export::copyImage),
                button("Reset zoom", view::resetZoom));
    }

    private void openFiles() {
        List<Path> files = dialogs.chooseFiles("Open logs or data sets");
        if (!files.isEmpty()) {
            vm.sources().load(files);
        }
    }

    private void openFolder() {
        dialogs.chooseFolder("Open a folder of runs").ifPresent(p -> vm.sources().load(List.of(p)));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }
}
