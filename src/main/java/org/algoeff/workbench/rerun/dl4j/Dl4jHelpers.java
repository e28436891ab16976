// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun.dl4j;

import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;

/**
 * Turns DL4J's layer helpers on (oneDNN on CPU). DL4J 1.0.0-M2.1 creates helpers only when the system property
 * {@value #DISABLE_PROPERTY} is "false", and its default is "true", so without this its convolution, pooling and
 * batch-norm layers always take the slower built-in path (im2col + GEMM). A value the user set is kept. The
 * oneDNN check that DL4J runs next needs the forwarding class {@code org.nd4j.nativeblas.Nd4jCpu} (see its Javadoc
 * and docs/adr/0007-onednn-build.md).
 */
final class Dl4jHelpers {
    static final String DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    private Dl4jHelpers() {
    }

    /** Call before the first network is built. */
    static void allow() {
        if (System.getProperty(DISABLE_PROPERTY) == null) {
            System.setProperty(DISABLE_PROPERTY, "false");
        }
    }

    /** Whether DL4J's layers will use oneDNN helpers (after ND4J has loaded). */
    static boolean oneDnnInUse() {
        return !Boolean.parseBoolean(System.getProperty(DISABLE_PROPERTY, "true")) && BaseMKLDNNHelper.mklDnnEnabled();
    }
}
