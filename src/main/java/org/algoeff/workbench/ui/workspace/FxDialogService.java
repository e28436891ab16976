// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** {@link DialogService} with JavaFX dialogs owned by the main window. FX thread only. */
public final class FxDialogService implements DialogService {
    /** How long after a native dialog closes the window manager's un-maximize may still arrive. */
    private static final Duration WINDOW_MANAGER_DELAY = Duration.millis(400);
    private final Window owner;
    /** Where the last export went: the next one is proposed there too. */
    private File lastSaveFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice confirmUnsaved(String question) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Unsaved changes");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public ReAddChoice askReAdd(String question) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType both = new ButtonType("Keep both", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, replace, both, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Already loaded");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return ReAddChoice.CANCEL;
        }
        return answer.get() == replace ? ReAddChoice.REPLACE : ReAddChoice.KEEP_BOTH;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension) {
        FileChooser chooser = chooser(title, extension);
        return Optional.ofNullable(keepingMaximized(() -> chooser.showSaveDialog(owner))).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension, String initialName) {
        FileChooser chooser = chooser(title, extension);
        chooser.setInitialFileName(initialName);
        if (lastSaveFolder != null && lastSaveFolder.isDirectory()) {
            chooser.setInitialDirectory(lastSaveFolder);
        }
        Optional<Path> chosen = Optional.ofNullable(keepingMaximized(() -> chooser.showSaveDialog(owner)))
                .map(File::toPath);
        chosen.ifPresent(p -> lastSaveFolder = p.toAbsolutePath().getParent() == null ? null
                : p.toAbsolutePath().getParent().toFile());
        return chosen;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        FileChooser chooser = chooser(title, extension);
        return Optional.ofNullable(keepingMaximized(() -> chooser.showOpenDialog(owner))).map(File::toPath);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<File> files = keepingMaximized(() -> chooser.showOpenMultipleDialog(owner));
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(keepingMaximized(() -> chooser.showDialog(owner))).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(title);
        alert.show();
    }

    /**
     * Runs a native file dialog and puts a maximized owner back to maximized: under openbox (GTK) the modal dialog
     * takes it out. JavaFX's own dialogs are handled by the window's geometry keeper; native ones are no JavaFX
     * windows, so it cannot see them.
     */
    private <T> T keepingMaximized(Supplier<T> dialog) {
        boolean maximized = owner instanceof Stage s && s.isMaximized();
        T answer = dialog.get();
        if (maximized) {
            // The window manager's change reaches JavaFX some time after the dialog closed.
            PauseTransition settle = new PauseTransition(WINDOW_MANAGER_DELAY);
            settle.setOnFinished(e -> ((Stage) owner).setMaximized(true));
            settle.play();
        }
        return answer;
    }

    private static FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        return chooser;
    }
}
