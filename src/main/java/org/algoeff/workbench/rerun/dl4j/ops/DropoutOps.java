// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout (Hinton et al. 2012): in training each activation is kept with probability {@code keep} and
 * scaled by 1/keep, so evaluation passes activations through unchanged. The mask comes from ND4J's seeded RNG.
 */
final class DropoutOps implements OpsLayer {
    private final double keep;
    private final Buffers buffers = new Buffers();
    private INDArray mask;

    DropoutOps(double keep) {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("keep probability must be in (0, 1]: " + keep);
        }
        this.keep = keep;
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        if (!training) {
            return in;
        }
        mask = buffers.get(0, in.shape());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, keep), Nd4j.getRandom());
        mask.muli(1 / keep);
        return in.mul(mask, buffers.get(1, in.shape()));
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        return gradOut.mul(mask, buffers.get(2, gradOut.shape()));
    }
}
