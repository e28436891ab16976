// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import picocli.CommandLine;

import org.algoeff.workbench.model.ToolVersion;

/** Reports the version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
