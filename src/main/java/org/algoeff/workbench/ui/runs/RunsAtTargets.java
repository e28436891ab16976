// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.runs;

import java.io.IOException;
import java.util.List;

import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.analysis.ctt.ComputeSource;
import org.algoeff.workbench.analysis.ctt.MetricTarget;
import org.algoeff.workbench.analysis.ctt.TargetDirection;
import org.algoeff.workbench.analysis.runs.RunInput;
import org.algoeff.workbench.analysis.runs.RunsTrendService;
import org.algoeff.workbench.analysis.runs.TargetSweep;
import org.algoeff.workbench.rerun.TargetLadder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.sensitivity.SensitivityViewModel;

/**
 * The loaded runs as the threshold-sensitivity panel measures them: a snapshot of the runs (with the user's dates,
 * names and compute sources) and of the question but its target, measured at any targets by the runs service.
 * Rerun logs are grouped per recipe ({@link TargetLadder}). A value: an equal snapshot needs no new measurement.
 *
 * @param smoothing TensorBoard EMA weight, NaN for none
 */
record RunsAtTargets(RunsTrendService service, List<RunInput> inputs, String metric, TargetDirection direction,
                     double smoothing) implements SensitivityViewModel.Source {
    RunsAtTargets {
        inputs = List.copyOf(inputs);
    }

    @Override
    public String name() {
        return "your runs";
    }

    @Override
    public String xLabel() {
        return "target " + metric + " (" + direction.operator() + ")";
    }

    @Override
    public List<TargetSensitivity.TargetData> measure(List<Double> targets, ProgressSink progress,
                                                      CancellationToken cancel) throws IOException {
        MetricTarget any = new MetricTarget(metric, targets.get(0), direction, new ComputeSource.LoggedFlops(),
                smoothing);
        TargetSweep sweep = service.measureTargets(inputs, any, targets, progress, cancel);
        return TargetLadder.ofSweep(inputs, sweep, name());
    }
}
