// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The window's {@link RunSource}: the same {@link RunLoader} as {@code algoeff inspect} (detection, folder walk),
 * built on the first load, on the loading thread: its readers set up Jackson, which the first frame does not need.
 */
public final class LoaderRunSource implements RunSource {
    private final Supplier<RunLoader> factory;
    private volatile RunLoader loader;

    public LoaderRunSource(Supplier<RunLoader> factory) {
        this.factory = factory;
    }

    public LoaderRunSource(RunLoader loader) {
        this(() -> loader);
    }

    @Override
    public ParseResult<List<Run>> load(List<Path> paths, ProgressSink progress, CancellationToken cancel) {
        LoadReport report = loader().load(paths, progress, cancel);
        return new ParseResult<>(report.runs(), report.problems());
    }

    private RunLoader loader() {
        RunLoader l = loader;
        if (l == null) {
            synchronized (this) {
                l = loader;
                if (l == null) {
                    l = factory.get();
                    loader = l;
                }
            }
        }
        return l;
    }
}
