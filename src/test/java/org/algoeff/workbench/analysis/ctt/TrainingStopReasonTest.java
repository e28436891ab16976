// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.ctt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a stopped run says about a harder target: its last value readable, and a reason runs can share. */
class TrainingStopReasonTest {
    @Test
    void theLastValueIsGivenToFourDigitsAndTheSharedReasonLeavesItOut() {
        TrainingStop stop = new TrainingStop("validation_accuracy", 0.8, 0.8014018071321956);
        assertTrue(stop.reason(0.9).contains("first reached 0.8 (curve ends at 0.8014);"), stop.reason(0.9));
        assertTrue(new TrainingStop("acc", 0.94, 0.94).reason(0.96).contains("(curve ends at 0.94)"));
        assertTrue(new TrainingStop("score", 900, 1000).reason(2000).contains("(curve ends at 1000)"));
        assertEquals("cannot be measured at 0.9: training stopped when validation_accuracy first reached 0.8; a run "
                + "trained past its target (full curve) can be measured", stop.sharedReason(0.9));
        assertEquals(new TrainingStop("validation_accuracy", 0.8, 0.87).sharedReason(0.9), stop.sharedReason(0.9),
                "runs stopped at one target share the reason whatever their last value");
    }
}
