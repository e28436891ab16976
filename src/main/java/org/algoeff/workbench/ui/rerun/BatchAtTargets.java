// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.util.List;

import org.algoeff.workbench.analysis.TargetSensitivity;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.TargetLadder;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;
import org.algoeff.workbench.ui.sensitivity.SensitivityViewModel;

/**
 * A finished rerun batch as the threshold-sensitivity panel measures it: its curves read at each target by the
 * ladder's rules ({@link TargetLadder}); targets beyond where the curves stop are named, not guessed.
 *
 * @param batch every recipe's seeds, in ladder order
 * @param name  the batch's data set name ("your machine (cpu)")
 */
record BatchAtTargets(List<List<RerunResult>> batch, String name) implements SensitivityViewModel.Source {
    BatchAtTargets {
        batch = batch.stream().map(List::copyOf).toList();
    }

    @Override
    public String xLabel() {
        return "target accuracy, validation split (>=)";
    }

    @Override
    public List<TargetSensitivity.TargetData> measure(List<Double> targets, ProgressSink progress,
                                                      CancellationToken cancel) {
        cancel.throwIfCancelled();
        return TargetLadder.of(batch, targets, name);
    }
}
