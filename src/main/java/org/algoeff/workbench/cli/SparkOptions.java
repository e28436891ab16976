// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a Spark job writes and which cluster runs it; shared by {@code sweep} and {@code sweep-ctt}. */
final class SparkOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR|URI", description = "output folder (any Hadoop URI)")
    String out;

    @Mixin
    Cluster cluster = new Cluster();

    /** Which cluster runs the job; {@code tune} takes these alone, as its --out is its own. */
    static final class Cluster {
        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. local[2] or local[2,3] (retries); default: spark-submit's, else local[*]")
        String master;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "extra Spark setting (repeatable)")
        Map<String, String> conf = new LinkedHashMap<>();
    }
}
