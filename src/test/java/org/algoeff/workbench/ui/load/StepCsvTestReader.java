// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.algoeff.workbench.io.LogReader;
import org.algoeff.workbench.model.ParseResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.model.SeriesBuilder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** Test reader for "*.steps.csv" files: lines "step,loss"; bad lines become problems naming the line. */
public final class StepCsvTestReader implements LogReader {
    @Override
    public String formatId() {
        return "steps-test";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return file.getFileName().toString().endsWith(".steps.csv");
    }

    @Override
    public ParseResult<List<Run>> read(Path file, ProgressSink progress, CancellationToken cancel) throws IOException {
        SeriesBuilder loss = new SeriesBuilder("train/loss");
        List<Problem> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            cancel.throwIfCancelled();
            String[] parts = lines.get(i).split(",");
            try {
                loss.add(Long.parseLong(parts[0].trim()), Double.parseDouble(parts[1].trim()), Double.NaN);
            } catch (RuntimeException e) {
                problems.add(Problem.warning(file.toString(), "line " + (i + 1), "not 'step,loss': " + lines.get(i)));
            }
        }
        String name = file.getFileName().toString().replace(".steps.csv", "");
        return new ParseResult<>(List.of(new Run(name, formatId(), file.toString(), List.of(loss.build()), Map.of())),
                problems);
    }
}
