// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

/** How bad a {@link Problem} is: a warning keeps the data around it, an error means data was lost or refused. */
public enum Severity {
    WARNING,
    ERROR;

    /** Lower-case name as used in JSON output ("warning", "error"). */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
