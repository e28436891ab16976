// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.analysis.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlotSpecBuilderTest {
    @Test
    void columnHeadersReadAsAxisLabels() {
        assertEquals("compute to target (FLOP)", PlotSpecBuilder.axisLabel("compute_to_target_flop"));
        assertEquals("Training compute (FLOP)", PlotSpecBuilder.axisLabel("Training compute (FLOP)"));
        assertEquals("training compute to 0.9 test accuracy (FLOP)",
                PlotSpecBuilder.axisLabel("training compute to 0.9 test accuracy (FLOP)"));
        assertEquals("peak fp32 (FLOP)", PlotSpecBuilder.axisLabel("peak_fp32_flops"));
        assertEquals("params", PlotSpecBuilder.axisLabel("params"));
        assertEquals("gpu hours", PlotSpecBuilder.axisLabel("gpu_hours"));
    }
}
