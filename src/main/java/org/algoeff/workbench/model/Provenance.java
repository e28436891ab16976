// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a derived number came from: input files, the parameters that shaped it, the tool version and time.
 * Saved with every fit, compute-to-target and rerun result so exported numbers can be traced back.
 */
public record Provenance(List<SourceFile> sources, Map<String, String> parameters, String toolVersion, Instant createdAt) {
    public Provenance {
        sources = List.copyOf(sources);
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
