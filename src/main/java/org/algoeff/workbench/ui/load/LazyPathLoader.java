// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.algoeff.workbench.io.dataset.ColumnChoice;
import org.algoeff.workbench.io.detect.LoadOutcome;
import org.algoeff.workbench.io.detect.PathLoader;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * The window's {@link SourceLoader}: the same {@link PathLoader} as {@code algoeff inspect} and {@code plot}, built on
 * the first load, on the loading thread: its readers set up Jackson, which the first frame does not need.
 */
public final class LazyPathLoader implements SourceLoader {
    private final Supplier<PathLoader> factory;
    private volatile PathLoader loader;

    public LazyPathLoader(Supplier<RunLoader> runs) {
        this.factory = () -> new PathLoader(runs.get());
    }

    public LazyPathLoader(RunLoader runs) {
        this(() -> runs);
    }

    @Override
    public LoadOutcome load(List<Path> paths, Map<Path, ColumnChoice> columns, ProgressSink progress,
            CancellationToken cancel) {
        return loader().load(paths, columns, progress, cancel);
    }

    private PathLoader loader() {
        PathLoader l = loader;
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
