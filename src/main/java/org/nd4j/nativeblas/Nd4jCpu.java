// SPDX-License-Identifier: Apache-2.0
package org.nd4j.nativeblas;

import java.lang.reflect.Method;

/**
 * Forwarding class for DL4J 1.0.0-M2.1's oneDNN check, which asks {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 * for {@code isUseMKLDNN()}: names from before ND4J renamed them to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and {@code isUseONEDNN()}. Without this class
 * the check fails and DL4J never uses its oneDNN layer helpers, even in the oneDNN build. The real class is reached
 * by reflection so that the CUDA build, which does not have it, still compiles. Not part of the workbench API; see
 * docs/adr/0007-onednn-build.md. Remove it when DL4J is upgraded past the mismatch.
 */
public final class Nd4jCpu {
    private Nd4jCpu() {
    }

    /** The one method DL4J calls, answered by the renamed native environment. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether libnd4j was built with oneDNN and uses it; false where the CPU bindings are absent. */
        public boolean isUseMKLDNN() {
            try {
                Class<?> env = Class.forName("org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment");
                Object instance = env.getMethod("getInstance").invoke(null);
                Method use = env.getMethod("isUseONEDNN");
                return (Boolean) use.invoke(instance);
            } catch (ReflectiveOperationException | LinkageError e) {
                return false;
            }
        }
    }
}
