// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

/** The version recorded in provenance and printed by {@code --version}: from the jar manifest, or "dev". */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** "algoeff 0.1.0", or "algoeff dev" when run from class folders. */
    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return "algoeff " + (version == null ? "dev" : version);
    }
}
