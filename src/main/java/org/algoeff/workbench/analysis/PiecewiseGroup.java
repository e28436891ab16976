// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Objects;

import org.algoeff.workbench.model.TrendDataset;

/**
 * One piecewise fit of a grouped fit (or the only one without grouping): the group's rows and either the fit or why
 * there is none (too few points for the breaks asked, for example).
 *
 * @param group the group's label ("Domain=Vision"), or null when the rows were not grouped
 * @param data  the group's rows after the filters
 * @param rows  how many of them are in the date window
 * @param fit   the fit, or null when it failed
 * @param error why there is no fit, or null
 */
public record PiecewiseGroup(String group, TrendDataset data, int rows, PiecewiseFit fit, String error) {
    public PiecewiseGroup {
        Objects.requireNonNull(data, "data");
        if ((fit == null) == (error == null)) {
            throw new IllegalArgumentException("a group fit has either a fit or an error");
        }
    }

    public boolean fitted() {
        return fit != null;
    }
}
