// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

/** A closed interval [low, high], e.g. a 95% confidence interval; units are those of the quantity it bounds. */
public record Interval(double low, double high) {
    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
