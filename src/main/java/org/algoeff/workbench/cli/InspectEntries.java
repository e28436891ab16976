// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.SourceResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;

/**
 * Flattens a {@link LoadReport} into the rows {@code inspect} prints: one per run, plus one per source that gave
 * no run (so an unreadable file still shows up with its problem). Each problem is listed under the run whose
 * source it concerns, else under the first run of its source.
 */
final class InspectEntries {
    /** One printed run. {@code run} is null for a source that gave no run. */
    record Entry(String source, String format, String name, Run run, List<Problem> problems) {
    }

    private InspectEntries() {
    }

    static List<Entry> of(LoadReport report) {
        List<Entry> out = new ArrayList<>();
        for (SourceResult s : report.sources()) {
            if (s.runs().isEmpty()) {
                out.add(new Entry(s.source(), s.format(), fileName(s.source()), null, s.problems()));
                continue;
            }
            List<List<Problem>> perRun = new ArrayList<>();
            s.runs().forEach(r -> perRun.add(new ArrayList<>()));
            for (Problem p : s.problems()) {
                perRun.get(owner(s.runs(), p)).add(p);
            }
            for (int i = 0; i < s.runs().size(); i++) {
                Run r = s.runs().get(i);
                out.add(new Entry(r.source(), r.format(), r.name(), r, perRun.get(i)));
            }
        }
        return out;
    }

    private static int owner(List<Run> runs, Problem p) {
        for (int i = 0; i < runs.size(); i++) {
            String src = runs.get(i).source();
            if (p.source().equals(src) || p.source().startsWith(src + File.separator)) {
                return i;
            }
        }
        return 0;
    }

    private static String fileName(String source) {
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }
}
