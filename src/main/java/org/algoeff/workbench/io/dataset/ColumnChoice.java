// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.dataset;

/**
 * Which columns of a data-set CSV to read; a null column is found by its header name.
 *
 * @param dateColumn  header of the date column, or null to detect ("date", "publication date", ...)
 * @param valueColumn header of the quantity column, or null to detect ("compute", "FLOP", ...)
 * @param labelColumn header of the name column, or null to detect ("model", "system", "name", ...)
 */
public record ColumnChoice(String dateColumn, String valueColumn, String labelColumn) {
    public static final ColumnChoice DETECT = new ColumnChoice(null, null, null);
}
