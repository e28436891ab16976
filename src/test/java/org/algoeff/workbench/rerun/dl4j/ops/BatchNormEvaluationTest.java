// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Evaluation-mode batch norm uses the debiased running statistics: after one training minibatch they are that
 * minibatch's statistics, so evaluating the same minibatch gives what training gave (the biased average, 0.1 x mean
 * and 0.9 + 0.1 x variance, does not), on NCHW and on [examples, features].
 */
class BatchNormEvaluationTest {
    @Test
    void afterOneMinibatchEvaluationNormalisesWithThatMinibatchsStatistics() {
        Nd4j.getRandom().setSeed(11);
        check(4, 3, 5, 5);
        check(16, 6);
    }

    private static void check(long... shape) {
        Parameters p = new Parameters();
        BatchNormOps bn = new BatchNormOps(p, (int) shape[1]);
        p.allocate();
        // mean 3, standard deviation 2: far from the starting running statistics (0, 1)
        INDArray x = Nd4j.randn(DataType.FLOAT, shape).muli(2).addi(3);
        float[] trained = bn.forward(x, true).dup().data().asFloat();
        float[] evaluated = bn.forward(x, false).dup().data().asFloat();
        assertArrayEquals(trained, evaluated, 1e-3f, "shape " + java.util.Arrays.toString(shape));
    }
}
