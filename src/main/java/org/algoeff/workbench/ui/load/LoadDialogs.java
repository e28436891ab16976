// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

/** The questions loading asks the user (a fake answers them in tests). */
public interface LoadDialogs {
    /** The user's answer to "this source is already loaded". */
    enum ReAddChoice { REPLACE, KEEP_BOTH, CANCEL }

    /** Asked when a dropped or opened path is already in the sources list. */
    ReAddChoice askReAdd(String question);

    void showError(String title, String message);
}
