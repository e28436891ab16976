// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

/** Element-wise activation of a layer; not counted in FLOPs (see {@link org.algoeff.workbench.compute.Flops}). */
public enum Activation {
    IDENTITY, SIGMOID, TANH, RELU
}
