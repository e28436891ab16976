// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout (Hinton et al. 2012): in training each activation is kept with probability {@code keep} and
 * scaled by 1/keep, so evaluation passes activations through unchanged. The mask is drawn in Java from a generator
 * seeded by the rerun's seed (the same masks on every machine; ND4J's Bernoulli op took about 0.5 ms for a
 * 32 x 128 mask) and copied in with one call.
 */
final class DropoutOps implements OpsLayer {
    private final double keep;
    private final SplittableRandom random;
    private final Buffers buffers = new Buffers();
    private INDArray mask;

    DropoutOps(double keep, long seed) {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("keep probability must be in (0, 1]: " + keep);
        }
        this.keep = keep;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL);
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        if (!training) {
            return in;
        }
        float[] m = new float[(int) in.length()];
        float scale = (float) (1 / keep);
        for (int i = 0; i < m.length; i++) {
            m[i] = random.nextDouble() < keep ? scale : 0f;
        }
        mask = Nd4j.create(m, in.shape(), 'c');
        return in.mul(mask, buffers.get(0, in.shape()));
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        return gradOut.mul(mask, buffers.get(1, gradOut.shape()));
    }
}
