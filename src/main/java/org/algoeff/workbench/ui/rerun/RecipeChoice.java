// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.algoeff.workbench.rerun.Recipe;

/** One line of the recipe checklist: the recipe and whether it is picked. */
public record RecipeChoice(Recipe recipe, BooleanProperty selected) {
    public RecipeChoice(Recipe recipe, boolean picked) {
        this(recipe, new SimpleBooleanProperty(picked));
    }
}
