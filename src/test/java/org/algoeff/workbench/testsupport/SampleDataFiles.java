// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.testsupport;

import java.nio.file.Path;

/** Paths of the data sets shipped in the repository's sample-data folder (always present in a checkout). */
public final class SampleDataFiles {
    public static final Path ROOT = Path.of("sample-data");
    public static final Path HB20_ALEXNET = ROOT.resolve("hb20/alexnet-level.csv");
    public static final Path EPOCH = ROOT.resolve("epoch-ai/all-ml-systems-2024-02-05.csv");

    private SampleDataFiles() {
    }
}
