// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.algoeff.workbench.ui.load.LoadDialogs;

/** The questions ViewModels ask the user; a fake answers them in tests, {@link FxDialogService} in the window. */
public interface DialogService extends LoadDialogs {
    /** The user's answer to "save changes before closing?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    UnsavedChoice confirmUnsaved(String question);

    Optional<Path> chooseSaveFile(String title, String extension);

    /** The same, proposing {@code initialName} (e.g. "alexnet-level.pdf") in the dialog's folder. */
    default Optional<Path> chooseSaveFile(String title, String extension, String initialName) {
        return chooseSaveFile(title, extension);
    }

    Optional<Path> chooseOpenFile(String title, String extension);

    /** Files to open (logs or data sets); empty when cancelled. */
    List<Path> chooseFiles(String title);

    Optional<Path> chooseFolder(String title);

    @Override
    void showError(String title, String message);
}
