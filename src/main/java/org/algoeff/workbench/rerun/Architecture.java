// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A network described once as data: its input shape and its layers. The FLOP counter and the DL4J network
 * builder both read this description.
 */
public record Architecture(TensorShape input, List<LayerSpec> layers) {
    public Architecture {
        Objects.requireNonNull(input, "input");
        layers = List.copyOf(layers);
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof LayerSpec.Dense d && d.output())) {
            throw new IllegalArgumentException("the last layer must be the softmax output layer");
        }
        costs(input, layers);
    }

    /** Per-layer shapes and costs, in order. */
    public List<LayerCost> costs() {
        return costs(input, layers);
    }

    private static List<LayerCost> costs(TensorShape input, List<LayerSpec> layers) {
        List<LayerCost> result = new ArrayList<>(layers.size());
        TensorShape in = input;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec spec = layers.get(i);
            TensorShape out = spec.outputShape(in);
            result.add(new LayerCost(i, spec, in, out, spec.forwardFlops(in), spec.parameters(in)));
            in = out;
        }
        return result;
    }

    /** Forward FLOPs per example: the sum over layers. */
    public long forwardFlopsPerExample() {
        return costs().stream().mapToLong(LayerCost::forwardFlops).sum();
    }

    /** Trainable parameters. */
    public long parameters() {
        return costs().stream().mapToLong(LayerCost::parameters).sum();
    }

    /** Number of classes of the output layer. */
    public int classes() {
        return ((LayerSpec.Dense) layers.get(layers.size() - 1)).units();
    }

    /** One layer's place in the network: its input and output shapes, forward FLOPs per example and parameters. */
    public record LayerCost(int index, LayerSpec spec, TensorShape in, TensorShape out, long forwardFlops, long parameters) {
    }
}
