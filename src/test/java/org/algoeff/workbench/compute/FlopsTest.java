// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.compute;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FlopsTest {
    @Test
    void denseIsTwoFlopsPerWeight() {
        assertEquals(2L * 784 * 256, Flops.dense(784, 256));
    }

    @Test
    void convolutionCountsEveryOutputPosition() {
        // 5x5 kernel, 6 input channels, 16 filters, 10x10 output: 2 * 25 * 6 * 16 * 100
        assertEquals(480_000L, Flops.conv2d(5, 5, 6, 1, 16, 10, 10));
    }

    @Test
    void depthwiseConvolutionDividesInputChannelsByGroups() {
        // 3x3 depthwise over 16 channels at 14x14: each output sees 9 inputs of one channel
        assertEquals(2L * 9 * 16 * 196, Flops.conv2d(3, 3, 16, 16, 16, 14, 14));
    }

    @Test
    void trainingIsThreeForwardPassesPerExample() {
        assertEquals(3L * 406_528 * 300, Flops.training(406_528, 300));
        assertEquals(406_528L * 2000, Flops.evaluation(406_528, 2000));
    }

    @Test
    void thopCountsMultiplyAddsWhichAreHalfOurFlops() {
        assertEquals(203_264.0, Flops.toMultiplyAdds(406_528));
    }

    @Test
    void badShapesAndOverflowAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Flops.conv2d(3, 3, 10, 4, 8, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Flops.dense(0, 10));
        assertThrows(ArithmeticException.class, () -> Flops.training(Long.MAX_VALUE / 2, 10));
    }

    @Test
    void formatsWithSiPrefixes() {
        assertEquals("406.5 kFLOP", Flops.format(406_528));
        assertEquals("1.22 GFLOP", Flops.format(1.2195e9));
        assertEquals("12.0 FLOP", Flops.format(12));
        assertEquals("3.00e+18 FLOP", Flops.format(3e18));
    }
}
