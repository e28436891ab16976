// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AlgoeffCommand.class.getPackage().getImplementationVersion();
        return new String[] {"algoeff " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
