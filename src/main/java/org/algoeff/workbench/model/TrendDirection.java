// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

/** Whether a fitted quantity grows (doubling time, e.g. training compute) or declines (halving time, compute-to-target). */
public enum TrendDirection {
    GROWING,
    DECLINING
}
