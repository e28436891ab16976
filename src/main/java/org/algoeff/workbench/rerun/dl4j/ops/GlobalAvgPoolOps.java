// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;

/** Global average pooling: NCHW to [examples, channels], the mean over height and width. */
final class GlobalAvgPoolOps implements OpsLayer {
    private final Buffers buffers = new Buffers();
    private long[] inputShape;

    @Override
    public INDArray forward(INDArray in, boolean training) {
        inputShape = in.shape();
        return in.mean(buffers.get(0, in.size(0), in.size(1)), 2, 3);
    }

    @Override
    public INDArray backward(INDArray gradOut) {
        INDArray gradIn = buffers.get(1, inputShape);
        gradIn.assign(0);
        Nd4j.getExecutioner().exec(new BroadcastAddOp(gradIn, gradOut, gradIn, 0, 1));
        return gradIn.divi(inputShape[2] * inputShape[3]);
    }
}
