// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.detect;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Benchmark probe run in a forked JVM: loads one file {@code repeats} times through {@link RunLoader} and prints
 * one line per pass: "pass N seconds S points P retainedBytes R" (retained = heap used after GC with the runs held).
 */
public final class IngestBenchMain {
    private IngestBenchMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        for (int pass = 1; pass <= repeats; pass++) {
            long t0 = System.nanoTime();
            LoadReport report = new RunLoader().load(List.of(file), ProgressSink.NONE, CancellationToken.NEVER);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long points = report.runs().stream().mapToLong(Run::totalPoints).sum();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long retained = rt.totalMemory() - rt.freeMemory();
            System.out.println(String.format(Locale.ROOT, "pass %d seconds %.3f points %d retainedBytes %d problems %d",
                    pass, seconds, points, retained, report.problems().size()));
            report = null;
            System.gc();
        }
    }
}
