// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.rerun;

import java.util.Locale;

/** Which ND4J backend a rerun asks for; CPU (nd4j-native) is the default and the fallback. */
public enum Backend {
    CPU, CUDA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
