// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.Severity;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The reliability reproducers (copies of {@code shared/repro/reliability}, see README.md beside them) and loading
 * them the way the CLI and the window do.
 */
final class Reproducers {
    private static final String BASE = "/org/algoeff/workbench/io/reliability/";

    private Reproducers() {
    }

    /** A reproducer copied to {@code dir} (so that tests may rename, cut or chmod it). */
    static Path copy(String resource, Path dir) throws IOException {
        try (InputStream in = Reproducers.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            Path target = dir.resolve(resource);
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    /** A reproducer in place (read-only use). */
    static Path resource(String resource) {
        try {
            return Path.of(Reproducers.class.getResource(BASE + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + resource, e);
        }
    }

    static LoadReport load(Path... paths) {
        return RunLoader.loadAll(List.of(paths), ProgressSink.NONE, CancellationToken.NEVER);
    }

    static Run onlyRun(LoadReport report) {
        List<Run> runs = report.runs();
        if (runs.size() != 1) {
            throw new AssertionError("expected one run, got " + runs.size() + "; problems: " + describe(report));
        }
        return runs.get(0);
    }

    static String describe(LoadReport report) {
        return report.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"));
    }

    static boolean anyProblem(LoadReport report, Severity severity, String fragment) {
        return report.problems().stream().anyMatch(p -> p.severity() == severity && p.message().contains(fragment));
    }
}
