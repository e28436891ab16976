// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.algoeff.workbench.analysis.ctt.ComputeToTarget;
import org.algoeff.workbench.analysis.ctt.ComputeToTargetService;
import org.algoeff.workbench.io.detect.RunLoader;
import org.algoeff.workbench.io.detect.SourceResult;
import org.algoeff.workbench.model.Problem;
import org.algoeff.workbench.model.Run;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/** Reads one discovered source on an executor and answers the compute-to-target question for each of its runs. */
final class CttTask {
    private CttTask() {
    }

    static List<CttRow> run(RunLoader.FoundSource found, CttSpec spec, String toolVersion) {
        SourceResult source = new RunLoader().read(found, CancellationToken.NEVER);
        List<CttRow> rows = new ArrayList<>();
        if (source.runs().isEmpty()) {
            String why = source.problems().stream().map(Problem::describe).collect(Collectors.joining("; "));
            rows.add(new CttRow(found.path(), source.format(), "", spec.metric(), spec.target(), false, Double.NaN,
                    Double.NaN, Double.NaN, -1, why.isEmpty() ? "no run could be read" : why));
            return rows;
        }
        ComputeToTargetService service = new ComputeToTargetService(toolVersion, Clock.systemUTC());
        for (Run run : source.runs()) {
            rows.add(answer(service, found.path(), source.format(), run, spec));
        }
        return rows;
    }

    private static CttRow answer(ComputeToTargetService service, String path, String format, Run run, CttSpec spec) {
        try {
            ComputeToTarget c = service.compute(run, spec.toMetricTarget(), ProgressSink.NONE, CancellationToken.NEVER);
            return new CttRow(path, format, run.name(), spec.metric(), spec.target(), c.reached(), c.stepAtTarget(),
                    c.trainingFlops(), c.bestValue(), c.bestStep(), "");
        } catch (IllegalArgumentException | IOException e) {
            return new CttRow(path, format, run.name(), spec.metric(), spec.target(), false, Double.NaN, Double.NaN,
                    Double.NaN, -1, e.getMessage());
        }
    }
}
