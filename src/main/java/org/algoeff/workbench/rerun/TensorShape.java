// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/** Shape of one example's activations: channels x height x width (a flat vector is c x 1 x 1). */
public record TensorShape(int channels, int height, int width) {
    public TensorShape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("shape must be positive: " + channels + "x" + height + "x" + width);
        }
    }

    public static TensorShape flat(int size) {
        return new TensorShape(size, 1, 1);
    }

    public long size() {
        return (long) channels * height * width;
    }

    @Override
    public String toString() {
        return height == 1 && width == 1 ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
