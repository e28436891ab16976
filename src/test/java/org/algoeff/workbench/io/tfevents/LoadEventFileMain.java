// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.io.tfevents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.model.MetricSeries;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * Child-JVM entry point of {@link LargeEventLogMemoryTest}: loads one event file under the heap limit the
 * parent chose and prints "points=N problems=M last=V" (tests live outside the cli package, so this is the
 * only test code that writes to stdout, which is the channel to the parent process).
 */
public final class LoadEventFileMain {
    private LoadEventFileMain() {
    }

    public static void main(String[] args) throws IOException {
        ParseResult<List<Run>> result = new TfEventsReader().read(Path.of(args[0]), ProgressSink.NONE,
                CancellationToken.NEVER);
        Run run = result.value().get(0);
        MetricSeries s = run.series().get(0);
        System.out.println("points=" + run.totalPoints() + " problems=" + result.problems().size()
                + " lastStep=" + s.step(s.size() - 1) + " lastValue=" + s.value(s.size() - 1));
    }
}
