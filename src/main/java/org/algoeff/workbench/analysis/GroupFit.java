// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis;

import java.util.Objects;

import org.algoeff.workbench.model.TrendDataset;
import org.algoeff.workbench.model.TrendFit;

/**
 * One fit of a grouped fit (or the only one when no grouping was asked for): the rows it was given and either
 * the fit or why there is none (e.g. a group of one point).
 *
 * @param group the group's label ("Domain=Vision"), or null when the rows were not grouped
 * @param data  the group's rows after the filters (all of them, not only those in the date window: a frontier
 *              is chosen over all of them)
 * @param rows  how many of those rows are in the date window
 * @param fit   the fit, or null when it failed
 * @param error why there is no fit, or null when there is one
 */
public record GroupFit(String group, TrendDataset data, int rows, TrendFit fit, String error) {
    public GroupFit {
        Objects.requireNonNull(data, "data");
        if ((fit == null) == (error == null)) {
            throw new IllegalArgumentException("a group fit has either a fit or an error");
        }
    }

    public boolean fitted() {
        return fit != null;
    }
}
