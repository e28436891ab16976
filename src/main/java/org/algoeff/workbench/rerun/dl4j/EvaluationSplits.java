// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The test and validation digits of a rerun as ND4J chunks, and the accuracy of a network's forward pass on them:
 * one evaluation rule for both training engines. Accuracy is the fraction (0..1) of digits whose highest output is
 * the label; the test split with no digits gives 0, the validation split with none gives NaN (no split asked for).
 */
public final class EvaluationSplits {
    private final MinibatchSource data;
    private final List<INDArray> test;
    private final List<INDArray> validation;

    /** @param chunkSize digits per forward pass (memory against per-call overhead) */
    public EvaluationSplits(MinibatchSource data, int chunkSize) {
        this.data = data;
        test = chunks(data.testExamples(), data::testSlice, chunkSize);
        validation = chunks(data.validationExamples(), data::validationSlice, chunkSize);
    }

    /** @param forward a chunk of digits (rows) to the network's outputs (one row each) */
    public double testAccuracy(UnaryOperator<INDArray> forward) {
        return data.testExamples() == 0 ? 0 : accuracy(test, data::testLabel, data.testExamples(), forward);
    }

    /** @param forward a chunk of digits (rows) to the network's outputs (one row each) */
    public double validationAccuracy(UnaryOperator<INDArray> forward) {
        return data.validationExamples() == 0 ? Double.NaN
                : accuracy(validation, data::validationLabel, data.validationExamples(), forward);
    }

    private List<INDArray> chunks(int count, BiFunction<Integer, Integer, float[]> slice, int chunkSize) {
        List<INDArray> out = new ArrayList<>();
        for (int from = 0; from < count; from += chunkSize) {
            int to = Math.min(count, from + chunkSize);
            out.add(Nd4j.create(slice.apply(from, to), new long[] {to - from, data.inputSize()}, 'c'));
        }
        return out;
    }

    private static double accuracy(List<INDArray> chunks, IntUnaryOperator label, int count,
            UnaryOperator<INDArray> forward) {
        int correct = 0;
        int offset = 0;
        for (INDArray chunk : chunks) {
            long[] predicted = forward.apply(chunk).argMax(1).toLongVector();
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] == label.applyAsInt(offset + i)) {
                    correct++;
                }
            }
            offset += predicted.length;
        }
        return (double) correct / count;
    }
}
