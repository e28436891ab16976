// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.LocalDate;

/**
 * The date a recipe of a given year stands at on a trend chart: 1 July, the middle of its year (the ladder's rule,
 * docs/rerun.md), so a fit over recipe years is not biased by half a year. The one place for that rule.
 */
public final class RecipeYear {
    private RecipeYear() {
    }

    /** 1 July of {@code year}. */
    public static LocalDate date(int year) {
        return LocalDate.of(year, 7, 1);
    }
}
