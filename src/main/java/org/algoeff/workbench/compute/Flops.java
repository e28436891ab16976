// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.compute;

import java.util.Locale;

/**
 * Exact FLOP counts of the layers whose cost dominates training, by our convention (docs/rerun.md):
 * one multiply-add is two FLOPs; biases, activations, pooling, normalisation and the loss are not counted;
 * training costs three forward passes per example seen (forward + backward, as Hernandez &amp; Brown 2020 count it).
 * Tools based on THOP count multiply-adds, i.e. half of our FLOPs: see {@link #toMultiplyAdds(long)}.
 * All counts are per example; every method throws {@link ArithmeticException} on long overflow.
 */
public final class Flops {
    /** Training FLOPs per example = this times forward FLOPs (backward pass ~ 2 forward passes). */
    public static final int TRAINING_PASSES = 3;

    private Flops() {
    }

    /** A dense (fully connected) layer: 2 x in x out. */
    public static long dense(long inputs, long outputs) {
        requirePositive(inputs, "inputs");
        requirePositive(outputs, "outputs");
        return Math.multiplyExact(2L, Math.multiplyExact(inputs, outputs));
    }

    /**
     * A 2-D convolution: 2 x kh x kw x (cin / groups) x cout x hout x wout. A depthwise convolution is the case
     * groups = cin, cout = cin x depth multiplier.
     */
    public static long conv2d(int kernelHeight, int kernelWidth, int inChannels, int groups, int outChannels,
            int outHeight, int outWidth) {
        requirePositive(groups, "groups");
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException("channels " + inChannels + " -> " + outChannels
                    + " are not divisible into " + groups + " groups");
        }
        long perOutput = Math.multiplyExact(2L * kernelHeight * kernelWidth, inChannels / groups);
        long outputs = Math.multiplyExact((long) outChannels, (long) outHeight * outWidth);
        requirePositive(perOutput, "kernel");
        requirePositive(outputs, "outputs");
        return Math.multiplyExact(perOutput, outputs);
    }

    /** Training FLOPs for {@code examples} examples: 3 x forward x examples. */
    public static long training(long forwardPerExample, long examples) {
        return Math.multiplyExact(Math.multiplyExact(TRAINING_PASSES, forwardPerExample), examples);
    }

    /** Evaluation (inference) FLOPs for {@code examples} examples: 1 x forward x examples. */
    public static long evaluation(long forwardPerExample, long examples) {
        return Math.multiplyExact(forwardPerExample, examples);
    }

    /** The same cost in multiply-adds (MACs), the unit THOP-based counts report: FLOPs / 2. */
    public static double toMultiplyAdds(long flops) {
        return flops / 2.0;
    }

    /** A FLOP quantity for people: "406.5 kFLOP", "1.22 GFLOP", "3.00e+18 FLOP" beyond peta. */
    public static String format(double flops) {
        String[] units = {"FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP"};
        double value = flops;
        int unit = 0;
        while (Math.abs(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%.2e FLOP", flops);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.1f %s" : "%.3g %s", value, units[unit]);
    }

    private static void requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
