// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scripted answers for {@link DialogService}; records what was asked. */
public final class FakeDialogs implements DialogService {
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public ReAddChoice reAddAnswer = ReAddChoice.KEEP_BOTH;
    public Path saveAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public UnsavedChoice confirmUnsaved(String question) {
        asked.add(question);
        return unsavedAnswer;
    }

    @Override
    public ReAddChoice askReAdd(String question) {
        asked.add(question);
        return reAddAnswer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension) {
        asked.add(title);
        return Optional.ofNullable(saveAnswer);
    }

    /** The file names proposed by save dialogs, in order. */
    public final List<String> proposedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension, String initialName) {
        proposedNames.add(initialName);
        return chooseSaveFile(title, extension);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFiles(String title) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
