// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.util.List;

import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;

/** Result of {@link RunLoader#load}: one entry per source, in the order the sources were found. */
public record LoadReport(List<SourceResult> sources) {
    public LoadReport {
        sources = List.copyOf(sources);
    }

    public List<Run> runs() {
        return sources.stream().flatMap(s -> s.runs().stream()).toList();
    }

    public List<Problem> problems() {
        return sources.stream().flatMap(s -> s.problems().stream()).toList();
    }

    /** Whether at least one run was read. */
    public boolean anyLoaded() {
        return sources.stream().anyMatch(s -> !s.runs().isEmpty());
    }
}
