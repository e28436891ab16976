// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs one libnd4j custom op by name into caller-owned output arrays. The oneDNN build of libnd4j runs its oneDNN
 * kernel where it has one (convolutions, pooling, batch norm, softmax, matmul), the CUDA build with cuDNN its cuDNN
 * kernel. One call costs about 4 microseconds of Java and JNI overhead on top of the kernel.
 * (A class of static helpers: the ops engine's one door to libnd4j's op registry.)
 */
final class NativeOp {
    private NativeOp() {
    }

    static void exec(String name, INDArray[] inputs, INDArray[] outputs, int[] intArgs, double... floatArgs) {
        DynamicCustomOp.DynamicCustomOpsBuilder b = DynamicCustomOp.builder(name).addInputs(inputs).addOutputs(outputs);
        if (intArgs.length > 0) {
            b.addIntegerArguments(intArgs);
        }
        if (floatArgs.length > 0) {
            Double[] boxed = new Double[floatArgs.length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = floatArgs[i];
            }
            b.addFloatingPointArguments(boxed);
        }
        Nd4j.exec(b.build());
    }

    /**
     * {@code out = op(a) op(b)} with libnd4j's matmul op (oneDNN's GEMM in the oneDNN build). {@code Nd4j.gemm} costs
     * 100-200 microseconds more per call on the small and skinny products of these networks.
     */
    static void matmul(INDArray a, INDArray b, INDArray out, boolean transposeA, boolean transposeB) {
        exec("matmul", of(a, b), of(out), ints(transposeA ? 1 : 0, transposeB ? 1 : 0, 0));
    }

    /** The values of an array this engine allocated itself (whole, contiguous, not a view), copied to Java. */
    static float[] floats(INDArray own) {
        return own.data().asFloat();
    }

    static INDArray[] of(INDArray... arrays) {
        return arrays;
    }

    static int[] ints(int... values) {
        return values;
    }
}
