// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.nio.file.Path;
import java.util.List;

import org.algoeff.workbench.io.detect.LoadReport;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** The window's {@link RunSource}: the same {@link RunLoader} as {@code algoeff inspect} (detection, folder walk). */
public final class LoaderRunSource implements RunSource {
    private final RunLoader loader;

    public LoaderRunSource(RunLoader loader) {
        this.loader = loader;
    }

    @Override
    public ParseResult<List<Run>> load(List<Path> paths, ProgressSink progress, CancellationToken cancel) {
        LoadReport report = loader.load(paths, progress, cancel);
        return new ParseResult<>(report.runs(), report.problems());
    }
}
